import { describe, expect, it } from 'vitest';
import { forgetWalk, visitValues } from '../scripts/check/visit-values.js';

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

  it('walks a record again once the runner has forgotten it, so a record changed between two checks is seen as it is', () => {
    const record: { id: string; note?: string } = { id: 'a' };
    const strings = () => {
      const seen: string[] = [];
      visitValues(record, (value) => {
        if (typeof value === 'string') seen.push(value);
      });
      return seen;
    };
    expect(strings()).toEqual(['a']);
    forgetWalk();
    record.note = 'changed';
    expect(strings()).toEqual(['a', 'changed']);
  });
});
