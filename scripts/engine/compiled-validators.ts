import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { schemasHash, type Schemas } from '../load/read-schemas.js';
import { createAjv, VALIDATION_RUNTIME } from '../validate/create-ajv.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = join(ROOT, 'node_modules', '.cache', 'dprk-russia-treaty', 'validators');
const nodeRequire = createRequire(import.meta.url);

/**
 * The validation code of a set of schemas, by its key: the schemas, the locked versions of ajv and
 * ajv-formats, and create-ajv.ts (its keywords and formats). Compiling costs ~0.15 s, most of a
 * check's time on the real data; the code, kept under node_modules/.cache, is loaded in ~5 ms.
 */
function cacheKey(schemas: Schemas): string {
  const hash = createHash('sha256').update(schemasHash(schemas)).update(readFileSync(join(import.meta.dirname, '..', 'validate', 'create-ajv.ts')));
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex').slice(0, 16);
}

/** Compiles every table's validator as standalone code: one CommonJS text exporting a function per table. */
function compileToText(schemas: Schemas): string {
  const ajv = createAjv(schemas);
  return standaloneCode.default(ajv, Object.fromEntries(schemas.tables.map((t) => [t.table, t.file])));
}

/** Runs standalone validation code, giving it the runtime it requires by name (VALIDATION_RUNTIME) and ajv's own runtime. */
function load(code: string): Record<string, ValidateFunction> {
  const module = { exports: {} as Record<string, ValidateFunction> };
  const require = (id: string): unknown => VALIDATION_RUNTIME[id] ?? nodeRequire(id);
  new Function('require', 'module', 'exports', code)(require, module, module.exports);
  return module.exports;
}

const loaded = new Map<string, Map<string, ValidateFunction>>();
const bySchemas = new WeakMap<Schemas, Map<string, ValidateFunction>>();

/** Every table's validator, compiled once per set of schemas and kept on disk between runs. */
export function compiledValidators(schemas: Schemas): Map<string, ValidateFunction> {
  const known = bySchemas.get(schemas);
  if (known) return known;
  const key = cacheKey(schemas);
  let validators = loaded.get(key);
  if (validators) {
    bySchemas.set(schemas, validators);
    return validators;
  }
  const path = join(CACHE, `validators-${key}.cjs`);
  let code = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (code === undefined) {
    code = compileToText(schemas);
    try {
      mkdirSync(CACHE, { recursive: true });
      // Written aside and renamed, so that no run ever loads half a file.
      const temp = `${path}.${process.pid}`;
      writeFileSync(temp, code);
      renameSync(temp, path);
    } catch {
      // A read-only node_modules only costs the next run the compilation again.
    }
  }
  const exports = load(code);
  validators = new Map(schemas.tables.map((t) => [t.table, exports[t.table]!]));
  loaded.set(key, validators);
  bySchemas.set(schemas, validators);
  return validators;
}
