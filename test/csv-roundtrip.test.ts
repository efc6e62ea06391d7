import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ROOT, readJson } from './support/project.js';

/**
 * Parses every CSV back with an independent CSV parser and compares it with the JSON export, walking
 * the JSON itself (not the exporter's row model) to find what each cell should hold.
 */
const dp = readJson(join(ROOT, 'dist', 'datapackage.json'));
const dataset = readJson(join(ROOT, 'dist', 'json', 'dataset.json'));
const csv = (name: string): Record<string, string>[] =>
  parse(readFileSync(join(ROOT, 'dist', 'csv', `${name}.csv`)), { columns: true, bom: false, relax_column_count: false });

/** Flattens a JSON object the way the codebook documents: nested objects joined with _, "value" stands for its object. */
function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (Array.isArray(v)) continue;
    const name = k === 'value' ? prefix.replace(/_$/, '') : `${prefix}${k}`;
    if (v && typeof v === 'object') Object.assign(out, flatten(v as Record<string, unknown>, `${name}_`));
    else out[name] = String(v);
  }
  return out;
}

describe('CSV round trip', () => {
  for (const [table, records] of Object.entries<Record<string, unknown>[]>(dataset.tables)) {
    it(`${table}.csv holds the JSON records, one row each, cell for cell`, () => {
      const rows = csv(table);
      expect(rows.length).toBe(records.length);
      records.forEach((record, i) => {
        const row = rows[i]!;
        for (const [col, value] of Object.entries(flatten(record))) expect(row[col], `${table} ${String(record.id)} ${col}`).toBe(value);
        // Cells for properties the record does not have are empty.
        const present = new Set(Object.keys(flatten(record)));
        for (const [col, cell] of Object.entries(row)) {
          if (!present.has(col) && !/_(precision|earliest|latest)$/.test(col)) expect(cell, `${table} ${String(record.id)} ${col}`).toBe('');
        }
      });
    });
  }

  it('link tables hold one row per array item, keyed to their record', () => {
    const events = dataset.tables.events as { id: string; participants?: unknown[]; sources: unknown[] }[];
    const participants = csv('event_participants');
    expect(participants.length).toBe(events.reduce((n, e) => n + (e.participants?.length ?? 0), 0));
    const sources = csv('event_sources');
    expect(sources.length).toBe(events.reduce((n, e) => n + e.sources.length, 0));
    for (const e of events) {
      expect(sources.filter((r) => r.event_id === e.id).map((r) => r.source)).toEqual(e.sources.map((s: any) => s.source));
    }
  });

  it('every resource of datapackage.json is a CSV whose header is its field list', () => {
    for (const r of dp.resources) {
      const header = parse(readFileSync(join(ROOT, 'dist', r.path)), { to_line: 1 })[0];
      expect(header).toEqual(r.schema.fields.map((f: { name: string }) => f.name));
    }
  });

  it('partial dates carry their precision and bounds', () => {
    for (const r of dp.resources) {
      for (const f of r.schema.fields as { name: string }[]) {
        if (!f.name.endsWith('_precision')) continue;
        const base = f.name.slice(0, -'_precision'.length);
        for (const row of csv(r.name)) {
          if (row[base] === '') continue;
          const precision = { 4: 'year', 7: 'month', 10: 'day' }[row[base]!.length as 4 | 7 | 10];
          expect(row[f.name]).toBe(precision);
          expect(row[`${base}_earliest`]!.startsWith(row[base]!)).toBe(true);
          expect(row[`${base}_latest`]!.startsWith(row[base]!)).toBe(true);
          expect(new Date(`${row[`${base}_latest`]}T00:00:00Z`).toISOString().slice(0, 10)).toBe(row[`${base}_latest`]);
        }
      }
    }
  });
});
