import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { exitWithFailure } from './fail.js';
import { ownerAlive, withCheckoutLock } from './export/checkout-lock.js';
import { MAX_RECORD_BYTES, readRecords } from './load/read-records.js';
import { kindAt } from './load/read-raw.mjs';
import { readSchemas } from './load/read-schemas.js';
import { canonicalText } from './model/canonical-json.js';
import { generateTypesFile } from './types/generate-types.js';
import { TYPES_FILE } from './types/read-types.js';
import { printable } from './printable.js';
import { formatProblem, type Problem } from './problem.js';

/**
 * npm run fix: puts whatever has one right form into it, like browser-compat-data's lint --fix.
 * Every record file in canonical form (schema key order, two-space indent, LF, final newline), and
 * the record types written again from the schemas. It never changes a value: what needs judgement
 * is left to npm run check to report. Each file is written beside itself and renamed over the old
 * one, so that a full disk or a kill leaves the record as it was, never half written; a failure of
 * the file system is one line naming the path. It holds the checkout's lock, as build and release do. A file it cannot read is reported as check reports
 * it (escaped: a file name cannot drive the terminal), and the exit code is 1.
 */
const project = join(import.meta.dirname, '..');
// Another dataset folder (as for check and build); the record types belong to this checkout's code,
// so they are written only for its own schemas.
const root = resolve(process.env.DATASET_ROOT ?? project);

/** The temporary file fix writes beside a record before renaming it over the record. */
const TEMP = /^\.fix-(\d+)\.tmp$/;

/** Replaces a file by a whole new content (keeping its permissions): written to a temporary file beside it, then renamed over it. */
function replaceFile(path: string, text: string): void {
  const temp = join(dirname(path), `.fix-${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, { flag: 'wx', mode: statSync(path).mode & 0o7777 });
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    // A failed write (a full disk, a size limit) does not say which file; the one-line message must.
    throw Object.assign(err as NodeJS.ErrnoException, { path: (err as NodeJS.ErrnoException).path ?? path });
  }
}

/**
 * The numbers of a JSON text that parsing would not keep as written: more than 15 significant digits
 * (a double's exact range), or too large for a double (Infinity, which JSON writes as null). Strings
 * are skipped; the text is one fix is about to rewrite, never the whole dataset.
 */
function inexactNumbers(text: string): string[] {
  const found: string[] = [];
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: to its closing quote, past escaped characters.
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
      continue;
    }
    if (c !== 45 && (c < 48 || c > 57)) continue;
    number.lastIndex = i;
    const m = number.exec(text);
    if (!m) continue;
    const raw = m[0];
    const mantissa = raw
      .replace(/^-/, '')
      .replace(/[eE].*$/, '')
      .replace('.', '')
      .replace(/^0+/, '')
      .replace(/0+$/, '');
    if (mantissa.length > 15 || !Number.isFinite(Number(raw))) found.push(raw);
    i += raw.length - 1;
  }
  return found;
}

// Ctrl-C or a kill arrives between two files (each is written synchronously), never inside one.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => process.exit(1));

let changed = 0;
let problems: Problem[] = [];
let total = 0;
try {
  // One writer at a time per checkout: a build never lists a record file half replaced, nor fix's temporary file.
  await withCheckoutLock(root, 'fix', async () => {
    const schemas = readSchemas(join(root, 'schema'));
    // A fix killed outright (SIGKILL) between writing a temporary file and renaming it left it: gone now.
    for (const t of schemas.tables) {
      const dir = join(root, 'data', t.table);
      const names = kindAt(dir) === 'a folder' ? readdirSync(dir) : [];
      for (const name of names) {
        const pid = TEMP.exec(name)?.[1];
        if (pid !== undefined && !ownerAlive({ pid: Number(pid), start: null })) rmSync(join(dir, name), { force: true });
      }
    }
    const read = readRecords(
      root,
      schemas.tables.map((t) => t.table),
    );
    const records = read.records;
    problems = read.problems;
    total = records.length;
    for (const r of records) {
      const path = join(root, r.file);
      let text: string;
      try {
        text = canonicalText(schemas, r.table, r.data);
      } catch (err) {
        // One record nested too deep to write out (a hostile file) is named and left; the others are fixed.
        if (!(err instanceof RangeError)) throw err;
        problems.push({ file: r.file, pointer: '', message: 'is nested too deep to be rewritten (left as it is; npm run check says what is wrong with it)' });
        continue;
      }
      // Indented, a file read within the limit can grow past it (a list nested thousands deep): written,
      // it would no longer be read at all, and the check would name its size instead of what is wrong.
      const bytes = Buffer.byteLength(text);
      if (bytes > MAX_RECORD_BYTES) {
        problems.push({
          file: r.file,
          pointer: '',
          message: `would be ${bytes} bytes in canonical form, over the ${MAX_RECORD_BYTES}-byte limit for one record (left as it is; npm run check says what is wrong with it)`,
        });
        continue;
      }
      // The text as read (readRecords keeps it): the very text that was parsed, not read again.
      const was = r.fileText ?? readFileSync(path, 'utf8');
      if (was !== text) {
        // Rewritten, a number JSON's doubles cannot hold as written would change (1e400 becomes null,
        // 12345678901234567890 becomes 12345678901234567000): fix never changes a value, so it is left.
        const inexact = inexactNumbers(was);
        if (inexact.length > 0) {
          problems.push({
            file: r.file,
            pointer: '',
            message: `holds ${inexact.map((n) => printable(n)).join(', ')}, which would not be written back as it is (a double holds at most 15 significant digits, and no infinity): left as it is; npm run check says what is wrong with it`,
          });
          continue;
        }
        replaceFile(path, text);
        console.log(printable(`fixed ${r.file}`));
        changed++;
      }
    }
    const types = root === project ? await generateTypesFile(schemas) : undefined;
    if (types !== undefined && readFileSync(TYPES_FILE, 'utf8') !== types) {
      replaceFile(TYPES_FILE, types);
      console.log('fixed scripts/types/dataset.d.ts (generated from schema/)');
    }
  });
} catch (err) {
  exitWithFailure('fix', err, root);
}
for (const p of problems) console.error(formatProblem(p));
console.log(`fix: ${changed} of ${total} record files rewritten; run npm run check for what needs judgement`);
if (problems.length > 0) {
  console.error(`fix: ${problems.length} file problem(s) above left as they are`);
  process.exitCode = 1;
}
