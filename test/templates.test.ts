import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSchemas } from '../scripts/load/read-schemas.js';
import { validateRecords } from '../scripts/validate/validate-records.js';
import { ROOT } from './support/project.js';

/** docs/templates/<row>.json: the smallest valid record of each table, for curators to copy (CONTRIBUTING.md). */
const schemas = readSchemas(join(ROOT, 'schema'));
const dir = join(ROOT, 'docs', 'templates');

describe("the curators' templates", () => {
  it('are one per table, named for its row', () => {
    expect(readdirSync(dir).sort()).toEqual(schemas.tables.map((t) => `${t.row}.json`).sort());
  });

  for (const t of schemas.tables) {
    it(`${t.row}.json passes the ${t.table} schema`, () => {
      const file = `docs/templates/${t.row}.json`;
      const data = JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
      const { problems } = validateRecords(schemas, [{ table: t.table, file, stem: data.id, data }]);
      expect(problems).toEqual([]);
    });

    it(`${t.row}.json holds only the required properties, plus those a curator fills in every time`, () => {
      const data = JSON.parse(readFileSync(join(dir, `${t.row}.json`), 'utf8'));
      const required = new Set<string>(t.schema.required ?? []);
      // Beyond the schema's required keys, a template shows at most what nearly every record has.
      const extra = Object.keys(data).filter((k) => !required.has(k));
      expect(extra.length, `${t.row}: ${extra.join(', ')}`).toBeLessThanOrEqual(2);
    });
  }
});
