import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSchemas } from '../scripts/load/read-schemas.js';
import { canonicalText } from '../scripts/model/canonical-json.js';
import { validateRecords } from '../scripts/validate/validate-records.js';
import { ROOT } from './support/project.js';
import { newRecord, problemsAfter } from './support/rules.js';

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

    it(`${t.row}.json is in canonical form, as npm run fix writes a record`, () => {
      const text = readFileSync(join(dir, `${t.row}.json`), 'utf8');
      expect(text).toBe(canonicalText(schemas, t.table, JSON.parse(text)));
    });

    it(`${t.row}.json holds only the required properties, plus those a curator fills in every time`, () => {
      const data = JSON.parse(readFileSync(join(dir, `${t.row}.json`), 'utf8'));
      const required = new Set<string>(t.schema.required ?? []);
      // Beyond the schema's required keys, a template shows at most what nearly every record has.
      const extra = Object.keys(data).filter((k) => !required.has(k));
      expect(extra.length, `${t.row}: ${extra.join(', ')}`).toBeLessThanOrEqual(2);
    });
  }

  it('copied into data/ together, pass every dataset rule: only the placeholder states of the treaty name no record', () => {
    const problems = problemsAfter(() =>
      schemas.tables.map((t) => {
        const data = JSON.parse(readFileSync(join(dir, `${t.row}.json`), 'utf8'));
        return newRecord(t.table, data.id, data);
      }),
    );
    expect(problems.map((p) => `${p.file} ${p.pointer} [${p.rule}]`)).toEqual([
      'data/treaties/treaty-id.json /parties/0 [references-resolve]',
      'data/treaties/treaty-id.json /parties/1 [references-resolve]',
    ]);
  });
});
