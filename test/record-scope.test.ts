import { describe, expect, it } from 'vitest';
import { inRecordScope, memoPerRecord } from '../scripts/check/record-scope.js';
import { checkRecords } from '../scripts/pipeline.js';
import { realRecords, realSchemas } from './support/rules.js';

describe('per-record memos (record-scope)', () => {
  it('answer once per record within a scope, afresh in every other scope and outside any', () => {
    let computed = 0;
    const keysOf = memoPerRecord((record) => {
      computed++;
      return Object.keys(record as object);
    });
    const record: Record<string, unknown> = { id: 'a' };
    inRecordScope(() => {
      expect(keysOf(record)).toEqual(['id']);
      expect(keysOf(record)).toEqual(['id']);
    });
    expect(computed).toBe(1);
    record.note = 'x';
    expect(inRecordScope(() => keysOf(record))).toEqual(['id', 'note']);
    expect(computed).toBe(2);
    delete record.note;
    expect(keysOf(record)).toEqual(['id']);
    expect(keysOf(record)).toEqual(['id']);
    expect(computed).toBe(4);
  });

  it('serve nothing after a scope that threw', () => {
    const record: Record<string, unknown> = { id: 'a' };
    const keysOf = memoPerRecord((r) => Object.keys(r as object));
    expect(() =>
      inRecordScope(() => {
        keysOf(record);
        throw new Error('a rule failed');
      }),
    ).toThrow('a rule failed');
    record.note = 'x';
    expect(inRecordScope(() => keysOf(record))).toEqual(['id', 'note']);
  });

  it('let a record changed in place between two checks be judged as it is: a reference made to dangle is reported', () => {
    const schemas = realSchemas;
    const real = realRecords;
    const ids = new Map(schemas.tables.map((t) => [t.table, new Set(real.filter((r) => r.table === t.table).map((r) => r.stem))]));
    const event = structuredClone(real.find((r) => r.file === 'data/events/csp-2024-signing.json')!);
    expect(checkRecords(schemas, [event], ids).problems).toEqual([]);
    // The same object, its first source changed to one that does not exist.
    (event.data as { sources: { source: string }[] }).sources[0]!.source = 'no-such-source';
    const problems = checkRecords(schemas, [event], ids).problems.map((p) => `${p.pointer} [${p.rule}]`);
    expect(problems).toContain('/sources/0/source [references-resolve]');
  });
});
