import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ROOT, readJson } from './support/project.js';

/**
 * The ATOP-shaped export of our coding (the rules on the coding itself are build rules:
 * coding-rests-on-clauses, coding-differences-explained, atop-ids-match-codings).
 */
const t = readJson(join(ROOT, 'dist', 'json', 'dataset.json')).tables;
const ours = t.codings.filter((c: any) => c.coder === 'this-dataset');

describe('ATOP-compatible coding', () => {
  it("exports one provisions row per coded treaty, in ATOP's column names", () => {
    const rows = parse(readFileSync(join(ROOT, 'dist', 'csv', 'atop_provisions.csv')), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.treaty_id).sort()).toEqual(ours.map((c: any) => c.treaty).sort());
    for (const coding of ours) {
      const row = rows.find((r) => r.treaty_id === coding.treaty)!;
      for (const v of coding.values) expect(row[v.variable], `${coding.id} ${v.variable}`).toBe(String(v.value));
      const treaty = t.treaties.find((x: any) => x.id === coding.treaty);
      expect(row.atopid).toBe(treaty.atop_id === undefined ? '' : String(treaty.atop_id));
    }
  });
});
