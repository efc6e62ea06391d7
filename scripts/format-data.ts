import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRecords } from './load/read-records.js';
import { readSchemas } from './load/read-schemas.js';
import { canonicalText } from './model/canonical-json.js';

/** npm run format:data — rewrites every record file in canonical form (the data-format test checks it). */
const root = join(import.meta.dirname, '..');
const schemas = readSchemas(join(root, 'schema'));
const { records, problems } = readRecords(root, schemas.tables.map((t) => t.table));
if (problems.length > 0) throw new Error(`unreadable record files; run npm run build:data first`);
let changed = 0;
for (const r of records) {
  const path = join(root, r.file);
  const text = canonicalText(schemas, r.table, r.data);
  if (readFileSync(path, 'utf8') !== text) { writeFileSync(path, text); changed++; }
}
console.log(`format:data: ${changed} of ${records.length} record files rewritten`);
