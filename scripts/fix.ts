import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readRecords } from './load/read-records.js';
import { readSchemas } from './load/read-schemas.js';
import { canonicalText } from './model/canonical-json.js';
import { generateTypesFile } from './types/generate-types.js';
import { TYPES_FILE } from './types/read-types.js';

/**
 * npm run fix: puts whatever has one right form into it, like browser-compat-data's lint --fix.
 * Every record file in canonical form (schema key order, two-space indent, LF, final newline), and
 * the record types written again from the schemas. It never changes a value: what needs judgement
 * is left to npm run check to report.
 */
const project = join(import.meta.dirname, '..');
// Another dataset folder (as for check and build); the record types belong to this checkout's code,
// so they are written only for its own schemas.
const root = resolve(process.env.DATASET_ROOT ?? project);
const schemas = readSchemas(join(root, 'schema'));
const { records, problems } = readRecords(
  root,
  schemas.tables.map((t) => t.table),
);
let changed = 0;
for (const r of records) {
  const path = join(root, r.file);
  const text = canonicalText(schemas, r.table, r.data);
  if (readFileSync(path, 'utf8') !== text) {
    writeFileSync(path, text);
    console.log(`fixed ${r.file}`);
    changed++;
  }
}
const types = root === project ? await generateTypesFile(schemas) : undefined;
if (types !== undefined && readFileSync(TYPES_FILE, 'utf8') !== types) {
  writeFileSync(TYPES_FILE, types);
  console.log('fixed scripts/types/dataset.d.ts (generated from schema/)');
}
for (const p of problems) console.error(`${p.file}: ${p.message} (not fixed: not a readable record)`);
console.log(`fix: ${changed} of ${records.length} record files rewritten; run npm run check for what needs judgement`);
