import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import type * as StandaloneModule from 'ajv/dist/standalone/index.js';
import { schemasHash, type Schemas } from '../load/read-schemas.js';
import { createAjv } from './create-ajv.js';
import { loadValidators } from './load-validators.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'dprk-russia-treaty', 'validators');

/**
 * The validation code of a set of schemas, by its key: the schemas, the locked versions of ajv and
 * ajv-formats, and every source of scripts/validate/ (create-ajv.ts with its keywords and formats,
 * and the modules whose code it copies into the validation code: the partial-date grammar and the
 * word counter). Compiling costs ~0.15 s, most of a check's time on the real data; the code, kept
 * under node_modules/.cache, is loaded in ~5 ms.
 */
function cacheKey(schemas: Schemas): string {
  const hash = createHash('sha256').update(schemasHash(schemas));
  // Each source, by name and text: an edit to the word counter or the date grammar compiles anew.
  const dir = import.meta.dirname;
  for (const name of readdirSync(dir).sort())
    hash
      .update(`${name}\u0000`)
      .update(readFileSync(join(dir, name)))
      .update('\u0000');
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex').slice(0, 16);
}

/** Compiles every table's validator as standalone code: one CommonJS text exporting a function per table. */
function compileToText(schemas: Schemas): string {
  const ajv = createAjv(schemas);
  // Loaded here, as ajv itself (create-ajv.ts), so that a run on kept code never loads the compiler.
  const standaloneCode = createRequire(import.meta.url)('ajv/dist/standalone/index.js') as typeof StandaloneModule.default;
  return standaloneCode.default(ajv, Object.fromEntries(schemas.tables.map((t) => [t.table, t.file])));
}

/**
 * The last line of kept validation code. Code cut short (an empty file after a crash, before the disk
 * had its bytes) would fail with an error that names nothing ("validate is not a function") on every
 * run, or define some tables' validators and not others: kept code is used only when it ends with
 * this line, and compiled anew otherwise.
 */
const WHOLE = '\n// the whole validation code\n';

/** Kept validation code at path, if it is there and whole. */
function keptCode(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const code = readFileSync(path, 'utf8');
  return code.endsWith(WHOLE) ? code : undefined;
}

const codes = new Map<string, string>();
const loaded = new Map<string, Map<string, ValidateFunction>>();
const bySchemas = new WeakMap<Schemas, Map<string, ValidateFunction>>();

/** The validation code of a set of schemas, as text: compiled once, then kept on disk between runs. */
export function validatorsCode(schemas: Schemas): string {
  const key = cacheKey(schemas);
  const known = codes.get(key);
  if (known !== undefined) return known;
  const path = join(CACHE, `validators-${key}.cjs`);
  let code = keptCode(path);
  if (code === undefined) {
    code = compileToText(schemas) + WHOLE;
    // Written aside and renamed, so that no run ever loads half a file.
    const temp = `${path}.${process.pid}`;
    try {
      mkdirSync(CACHE, { recursive: true });
      writeFileSync(temp, code);
      renameSync(temp, path);
    } catch {
      // A read-only node_modules only costs the next run the compilation again; a full disk leaves no part of the file.
      rmSync(temp, { force: true });
    }
  }
  codes.set(key, code);
  return code;
}

/** Every table's validator, for a set of schemas. */
export function compiledValidators(schemas: Schemas): Map<string, ValidateFunction> {
  const known = bySchemas.get(schemas);
  if (known) return known;
  const code = validatorsCode(schemas);
  let validators = loaded.get(code);
  if (!validators) {
    const exports = loadValidators(code);
    validators = new Map(schemas.tables.map((t) => [t.table, exports[t.table]!]));
    loaded.set(code, validators);
  }
  bySchemas.set(schemas, validators);
  return validators;
}
