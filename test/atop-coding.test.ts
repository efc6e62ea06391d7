import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ROOT, readJson } from './support/project.js';

/** Our ATOP-style coding rests on articles and is checked against ATOP's own where ATOP covers a treaty. */
const t = readJson(join(ROOT, 'dist', 'json', 'dataset.json')).tables;
const ours = t.codings.filter((c: any) => c.coder === 'this-dataset');
const theirs = t.codings.filter((c: any) => c.coder === 'atop-project');
const clauses = new Map<string, any>(t.clauses.map((c: any) => [c.id, c]));

describe('ATOP-compatible coding', () => {
  it('rests every value on clauses of the same treaty', () => {
    for (const coding of ours) {
      for (const v of coding.values) {
        expect(v.clauses?.length, `${coding.id} ${v.variable}`).toBeGreaterThan(0);
        for (const c of v.clauses) expect(clauses.get(c)?.treaty, `${coding.id} ${v.variable} ${c}`).toBe(coding.treaty);
      }
    }
  });

  it('explains every value that differs from ATOP\'s own coding', () => {
    for (const atop of theirs) {
      const mine = ours.find((c: any) => c.treaty === atop.treaty);
      expect(mine, `no coding of ${atop.treaty} by this dataset`).toBeDefined();
      for (const a of atop.values) {
        const m = mine.values.find((v: any) => v.variable === a.variable);
        if (m === undefined) expect(mine.notes ?? '', `${mine.id}: ${a.variable} not coded and not explained`).toContain(a.variable);
        else if (m.value !== a.value) expect(m.note ?? '', `${mine.id} ${a.variable}`).toMatch(/ATOP/);
      }
    }
  });

  it('gives ATOP ids only to treaties ATOP covers, and none to the 2024 treaty', () => {
    const covered = new Set(theirs.map((c: any) => c.treaty));
    for (const treaty of t.treaties) expect(treaty.atop_id !== undefined, treaty.id).toBe(covered.has(treaty.id));
  });

  it('exports one provisions row per coded treaty, in ATOP\'s column names', () => {
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
