/** Dates with only the precision a source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export type Precision = 'year' | 'month' | 'day';

export interface DateBounds {
  precision: Precision;
  /** First full date the value can mean. */
  earliest: string;
  /** Last full date the value can mean. */
  latest: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps the host time zone out of it.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Bounds of a partial date, or undefined when it is not a real calendar date. */
export function dateBounds(value: string): DateBounds | undefined {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { precision: 'year', earliest: `${m[1]}-01-01`, latest: `${m[1]}-12-31` };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) {
    return { precision: 'month', earliest: `${m[1]}-${m[2]}-01`, latest: `${m[1]}-${m[2]}-${pad(last)}` };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return undefined;
  return { precision: 'day', earliest: value, latest: value };
}

export const isPartialDate = (value: string): boolean => dateBounds(value) !== undefined;
