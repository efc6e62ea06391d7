import { describe, expect, it } from 'vitest';
import { visitValues } from '../scripts/check/visit-values.js';
import { inRecordScope } from '../scripts/check/record-scope.js';
import textHygiene from '../scripts/check/rules/text-hygiene.js';
import { checkRecords } from '../scripts/pipeline.js';
import { realRecords, realSchemas } from './support/rules.js';

describe('visitValues', () => {
  it('visits every value of a record depth first, with its pointer and the key it sits under', () => {
    const seen: string[] = [];
    visitValues({ id: 'x', date: { value: '2024', sources: [{ source: 'a/b' }] }, 'a~b': null }, (value, place, key) => {
      seen.push(
        `${place.pointer() || '(root)'} ${key ?? '-'} ${typeof value === 'object' ? (Array.isArray(value) ? 'array' : String(value === null ? null : 'object')) : JSON.stringify(value)}`,
      );
    });
    expect(seen).toEqual([
      '(root) - object',
      '/id id "x"',
      '/date date object',
      '/date/value value "2024"',
      '/date/sources sources array',
      '/date/sources/0 - object',
      '/date/sources/0/source source "a/b"',
      '/a~0b a~b null',
    ]);
  });

  it('walks each record anew: a record visited after another gets its own values and pointers', () => {
    const pointers = (record: unknown) => {
      const seen: string[] = [];
      visitValues(record, (value, place) => {
        if (typeof value === 'string') seen.push(`${place.pointer()}=${value}`);
      });
      return seen;
    };
    const a = { id: 'a', list: ['x', 'y'] };
    const b = { id: 'b', nested: { list: ['z'] } };
    expect(pointers(a)).toEqual(['/id=a', '/list/0=x', '/list/1=y']);
    expect(pointers(a)).toEqual(['/id=a', '/list/0=x', '/list/1=y']);
    expect(pointers(b)).toEqual(['/id=b', '/nested/list/0=z']);
    expect(pointers(a)).toEqual(['/id=a', '/list/0=x', '/list/1=y']);
  });

  it('walks a record again in each check (scope), so a record changed between two checks is seen as it is', () => {
    const record: { id: string; note?: string } = { id: 'a' };
    const strings = () => {
      const seen: string[] = [];
      visitValues(record, (value) => {
        if (typeof value === 'string') seen.push(value);
      });
      return seen;
    };
    expect(inRecordScope(strings)).toEqual(['a']);
    record.note = 'changed';
    expect(inRecordScope(strings)).toEqual(['a', 'changed']);
  });

  it('keeps nothing past a run: a record a judge walked last, then changed, is seen as it is by the next check', () => {
    const schemas = realSchemas;
    const real = realRecords;
    const event = structuredClone(real.find((r) => r.file === 'data/events/csp-2024-signing.json')!);
    const others = real.filter((r) => r !== real.find((x) => x.file === event.file));
    const data = event.data as { date: { value: string }; title: string };
    // Checked first, and walked last by no-future-dates' judge, which reports its date.
    data.date.value = '2204-06-19';
    expect(checkRecords(schemas, [event, ...others]).problems.map((p) => p.rule)).toContain('no-future-dates');
    // The same object, changed: its new title must be judged, not the walk the judge left.
    data.date.value = '2024-06-19';
    data.title = `${data.title}\u202e`;
    const problems = checkRecords(schemas, [event, ...others]).problems.map((p) => `${p.file} ${p.pointer} [${p.rule}]`);
    expect(problems).toEqual([`${event.file} /title [text-hygiene]`]);
  });

  it('keeps nothing for a rule called on its own: the same record, changed, is checked as it is', () => {
    const record: { id: string; note?: string } = { id: 'a', note: 'fine' };
    const found = () => {
      const pointers: string[] = [];
      textHygiene.check(record as never, (pointer) => pointers.push(pointer), undefined as never);
      return pointers;
    };
    expect(found()).toEqual([]);
    record.note = 'not\u0007fine';
    expect(found()).toEqual(['/note']);
  });
});
