import { describe, expect, it } from 'vitest';
import { visitValues } from '../scripts/check/visit-values.js';
import { pointerOf } from '../scripts/problem.js';

describe('visitValues', () => {
  it('visits every value of a record depth first, with its pointer and the key it sits under', () => {
    const seen: string[] = [];
    visitValues({ id: 'x', date: { value: '2024', sources: [{ source: 'a/b' }] }, 'a~b': null }, (value, path, key) => {
      seen.push(
        `${pointerOf(...path) || '(root)'} ${key ?? '-'} ${typeof value === 'object' ? (Array.isArray(value) ? 'array' : String(value === null ? null : 'object')) : JSON.stringify(value)}`,
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
});
