import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../scripts/load/read-records.js';
import { readSchemas } from '../scripts/load/read-schemas.js';
import { canonicalText } from '../scripts/model/canonical-json.js';
import { ROOT } from './support/project.js';

describe('record files', () => {
  it('are in canonical form: schema key order, two-space indent, final newline (fix: npm run fix)', () => {
    const schemas = readSchemas(join(ROOT, 'schema'));
    const { records } = readRecords(ROOT, schemas.tables.map((t) => t.table));
    const off = records.filter((r) => readFileSync(join(ROOT, r.file), 'utf8') !== canonicalText(schemas, r.table, r.data)).map((r) => r.file);
    expect(off).toEqual([]);
  });
});
