import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { unzippedBundle } from './support/bundle.js';
import { ROOT, readJson } from './support/project.js';

/** Each Parquet file of the release bundle, read back by a different engine (DuckDB), has the CSV's rows, columns and types. */
describe('Parquet files of the release bundle', () => {
  const dir = unzippedBundle();
  afterAll(() => rmSync(dirname(dir), { recursive: true, force: true }));

  it('holds one Parquet file per CSV table', () => {
    const dp = readJson(join(ROOT, 'dist', 'datapackage.json'));
    expect(readdirSync(join(dir, 'parquet')).sort()).toEqual(dp.resources.map((r: { name: string }) => `${r.name}.parquet`).sort());
  });

  it("DuckDB reads every table with the CSV's row count, columns and date types", async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    const dp = readJson(join(ROOT, 'dist', 'datapackage.json'));
    for (const r of dp.resources) {
      const pq = join(dir, 'parquet', `${r.name}.parquet`);
      const csv = join(ROOT, 'dist', r.path);
      const [pqCount] = (await c.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_parquet('${pq}')`)).getRowObjectsJson();
      const [csvCount] = (
        await c.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM read_csv('${csv}', header = true, all_varchar = true)`)
      ).getRowObjectsJson();
      expect(pqCount!.n, r.name).toBe(csvCount!.n);
      const columns = (await c.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${pq}')`)).getRowObjectsJson();
      expect(
        columns.map((x) => x.column_name),
        r.name,
      ).toEqual(r.schema.fields.map((f: { name: string }) => f.name));
      for (const f of r.schema.fields) {
        const type = columns.find((x) => x.column_name === f.name)!.column_type;
        expect(type, `${r.name}.${f.name}`).toBe(
          { string: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE' }[f.type as string],
        );
      }
      // Same cells: the CSV read as text against the Parquet cast to text.
      const diff = (
        await c.runAndReadAll(
          `SELECT count(*)::INTEGER AS n FROM (SELECT * FROM read_csv('${csv}', header = true, all_varchar = true) EXCEPT ALL SELECT ${r.schema.fields.map((f: { name: string; type: string }) => (f.type === 'boolean' ? `lower(CAST("${f.name}" AS VARCHAR)) AS "${f.name}"` : `CAST("${f.name}" AS VARCHAR) AS "${f.name}"`)).join(', ')} FROM read_parquet('${pq}'))`,
        )
      ).getRowObjectsJson();
      expect(diff[0]!.n, `${r.name}: rows in the CSV but not in the Parquet file`).toBe(0);
    }
  }, 60_000);
});
