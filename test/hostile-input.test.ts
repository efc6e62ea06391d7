import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSchemas, type JsonSchema } from '../scripts/load/read-schemas.js';
import { readRecordFile, readRecords } from '../scripts/load/read-records.js';
import type { Problem } from '../scripts/problem.js';
import type { LoadedRecord } from '../scripts/types/records.js';
import { checkRecords } from '../scripts/pipeline.js';
import { resolveSchema } from '../scripts/model/resolve-schema.js';
import { ROOT } from './support/project.js';

/**
 * Thousands of valid records made invalid in ways known beforehand to break the rules (so the
 * validator is not its own judge): the checks must never throw, must refuse every one, and must name
 * the file and a JSON pointer on the path of the damage.
 */
const schemas = readSchemas(join(ROOT, 'schema'));
const { records } = readRecords(
  ROOT,
  schemas.tables.map((t) => t.table),
);
const schemaOf = new Map(schemas.tables.map((t) => [t.table, t]));

type Path = (string | number)[];
interface Mutation {
  path: Path;
  apply: (record: any) => void;
  why: string;
}

/** Every place inside a record, with the schema that governs it, found by walking the record and its schema together. */
function places(value: unknown, schema: JsonSchema, base: string, path: Path = []): { path: Path; schema: JsonSchema; value: unknown }[] {
  const { schema: s, baseFile } = resolveSchema(schemas, schema, base);
  const here = [{ path, schema: s, value }];
  if (Array.isArray(value) && s.items) return [...here, ...value.flatMap((v, i) => places(v, s.items, baseFile, [...path, i]))];
  if (value && typeof value === 'object' && s.properties) {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => places(v, s.properties[k], baseFile, [...path, k]))];
  }
  return here;
}

const parentOf = (record: any, path: Path) => path.slice(0, -1).reduce((o, k) => o[k], record);
const setAt = (record: any, path: Path, v: unknown) => {
  parentOf(record, path)[path.at(-1)!] = v;
};
const pointer = (path: Path) => path.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
const deep = (depth: number): unknown => (depth === 0 ? 'x' : [deep(depth - 1)]);
const BAD_KEYS = ['__proto__', 'constructor', 'prototype', 'colour', '', 'ID', 'id ', '\u0000', '😀'];
const EDGE_SPACE = ['\u00a0', '\u3000', '\u2028', '\t', '\n', ' '];

function mutations(record: LoadedRecord): Mutation[] {
  const t = schemaOf.get(record.table)!;
  const out: Mutation[] = [];
  for (const p of places(record.data, t.schema, t.file)) {
    const s = p.schema;
    if (s.type === 'object' && p.value && typeof p.value === 'object') {
      for (const key of BAD_KEYS)
        out.push({
          path: [...p.path, key],
          why: `unknown key ${JSON.stringify(key)}`,
          apply: (r) => {
            Object.defineProperty(
              p.path.reduce((o: any, k) => o[k], r),
              key,
              { value: 1, enumerable: true, configurable: true, writable: true },
            );
          },
        });
      for (const req of s.required ?? [])
        out.push({
          path: [...p.path, req],
          why: `missing ${req}`,
          apply: (r) => {
            delete p.path.reduce((o: any, k) => o[k], r)[req];
          },
        });
    }
    if (p.path.length === 0) continue;
    if (s.type === 'string') {
      out.push({ path: p.path, why: 'a number for a string', apply: (r) => setAt(r, p.path, 42) });
      out.push({ path: p.path, why: 'null', apply: (r) => setAt(r, p.path, null) });
      out.push({ path: p.path, why: 'deep nesting', apply: (r) => setAt(r, p.path, deep(200)) });
      out.push({ path: p.path, why: 'a huge string', apply: (r) => setAt(r, p.path, 'x'.repeat(100_001)) });
      if (s.pattern || s.format === 'partial-date' || s.format === 'date') {
        for (const space of EDGE_SPACE)
          out.push({
            path: p.path,
            why: `leading ${JSON.stringify(space)}`,
            apply: (r) => setAt(r, p.path, `${space}${String(parentOf(r, p.path)[p.path.at(-1)!])}`),
          });
      }
      if (s.format === 'partial-date' || s.format === 'date')
        out.push({ path: p.path, why: 'an impossible date', apply: (r) => setAt(r, p.path, '2023-02-29') });
      if (s.enum) out.push({ path: p.path, why: 'a value outside the enum', apply: (r) => setAt(r, p.path, `${s.enum[0]}-not`) });
    }
    if (s.type === 'integer')
      out.push(
        { path: p.path, why: 'a fraction', apply: (r) => setAt(r, p.path, 1.5) },
        { path: p.path, why: 'a string for an integer', apply: (r) => setAt(r, p.path, '7') },
      );
    if (s.type === 'array') out.push({ path: p.path, why: 'an object for an array', apply: (r) => setAt(r, p.path, { 0: 'x' }) });
  }
  return out;
}

const catalogue = records.flatMap((record, index) => mutations(record).map((m) => ({ index, m })));

/** The i-th mutation of the catalogue, applied to a copy of its record. */
function mutant(i: number): { original: LoadedRecord; data: unknown; m: Mutation } {
  const { index, m } = catalogue[i]!;
  const original = records[index]!;
  const data = structuredClone(original.data);
  m.apply(data);
  return { original, data, m };
}

/** Some problem names the mutated record's file and a pointer on the damaged path (above or below the damage). */
function expectRefusedOnPath(problems: Problem[], original: LoadedRecord, m: Mutation): void {
  const target = pointer(m.path);
  const related = problems.some((p) => p.file === original.file && (target.startsWith(p.pointer) || p.pointer.startsWith(target)));
  if (!related) throw new Error(`${original.file} ${target} (${m.why}) was not refused on its path: ${JSON.stringify(problems.slice(0, 3))}`);
}

/** Ids of every table, from the real record files' names: what references resolve against. */
const ids = new Map(schemas.tables.map((t) => [t.table, new Set(records.filter((r) => r.table === t.table).map((r) => r.stem))]));

/**
 * Every mutation breaks the damaged record's schema, so checking that record alone (against the ids
 * of the whole dataset) is what the build does with it: an invalid record never reaches the
 * cross-record rules.
 */
describe('hostile records', () => {
  it('are each refused, with the file and a pointer on the damaged path, and never crash the checks', () => {
    expect(catalogue.length).toBeGreaterThan(5000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: catalogue.length - 1 }), (i) => {
        const { original, data, m } = mutant(i);
        expectRefusedOnPath(checkRecords(schemas, [{ ...original, data }], ids).problems, original, m);
      }),
      { numRuns: 3000, seed: 20261127 },
    );
  });

  it('are refused the same way when the build reads them from their files', () => {
    // The build reads files (readRecordFile), not records in memory: the same damage, written to a
    // file and read back as the build reads it, must be refused on its path too.
    const dir = mkdtempSync(join(tmpdir(), 'dprk-hostile-'));
    try {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: catalogue.length - 1 }), (i) => {
          const { original, data, m } = mutant(i);
          const name = `${original.stem}.json`;
          mkdirSync(join(dir, 'data', original.table), { recursive: true });
          writeFileSync(join(dir, 'data', original.table, name), `${JSON.stringify(data, null, 2)}\n`);
          const read = readRecordFile(dir, original.table, name);
          expectRefusedOnPath(Array.isArray(read) ? read : checkRecords(schemas, [read], ids).problems, original, m);
        }),
        { numRuns: 3000, seed: 20261128 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
