import { describe, expect, it } from 'vitest';
import { monthName } from '../scripts/month-names.js';

describe('monthName', () => {
  it('names months 1–12 as ISO dates number them, whole or in three letters', () => {
    expect(monthName(1)).toBe('January');
    expect(monthName(6)).toBe('June');
    expect(monthName(9, 'short')).toBe('Sep');
    expect(monthName(12, 'short')).toBe('Dec');
  });

  it('refuses a number that is no month, rather than print "undefined"', () => {
    for (const m of [0, 13, 1.5, Number.NaN]) expect(() => monthName(m)).toThrow(RangeError);
  });
});
