/** Dates with only the precision a source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export type Precision = 'year' | 'month' | 'day';

export interface DateBounds {
  readonly precision: Precision;
  /** First full date the value can mean. */
  readonly earliest: string;
  /** Last full date the value can mean. */
  readonly latest: string;
}

/** The schemas' format name for a partial date (common.schema.json#/$defs/partialDate). */
export const PARTIAL_DATE_FORMAT = 'partial-date';

/**
 * The grammar of a partial date, the one place it is written: ajv's format, the CSV columns'
 * pattern in datapackage.json and the codebook all take it from here. Whether the day exists in
 * its month is checked by dateBounds, which a pattern cannot say.
 */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const PARTIAL_DATE = new RegExp(PARTIAL_DATE_PATTERN);

/** Recent answers of dateBounds: a dataset repeats its dates, and validation and CSV ask for each. */
const memo = new Map<string, DateBounds | undefined>();

/** Bounds of a partial date, or undefined when it is not a real calendar date. */
export function dateBounds(value: string): DateBounds | undefined {
  const known = memo.get(value);
  if (known !== undefined || memo.has(value)) return known;
  if (memo.size >= 50_000) memo.clear();
  const bounds = computeBounds(value, PARTIAL_DATE);
  memo.set(value, bounds);
  return bounds;
}

/**
 * Bounds of a partial date that matches the grammar (PARTIAL_DATE_PATTERN), computed.
 * Self-contained (it names nothing outside itself), so that validation code kept as text can carry
 * its source (create-ajv.ts).
 */
export function computeBounds(value: string, grammar: RegExp): DateBounds | undefined {
  if (!grammar.test(value)) return undefined;
  // The pattern fixed every part's position: YYYY, then -MM at 4, then -DD at 7.
  const y = value.slice(0, 4);
  const m = value.length > 4 ? value.slice(5, 7) : undefined;
  const d = value.length > 7 ? value.slice(8, 10) : undefined;
  if (m === undefined) return { precision: 'year', earliest: `${y}-01-01`, latest: `${y}-12-31` };
  const year = Number(y);
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  // Proleptic Gregorian, as ISO 8601 and JavaScript's Date count; arithmetic, so no time zone is involved.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (d === undefined) return { precision: 'month', earliest: `${y}-${m}-01`, latest: `${y}-${m}-${String(last).padStart(2, '0')}` };
  const day = Number(d);
  if (day < 1 || day > last) return undefined;
  return { precision: 'day', earliest: value, latest: value };
}

export const isPartialDate = (value: string): boolean => dateBounds(value) !== undefined;

/**
 * a is certainly after b, by more than `days` days: even a's earliest reading falls more than that
 * after b's latest. False when either is not a date. Dates local to different places are compared
 * with TIME_ZONE_DAYS.
 */
export function certainlyAfter(a: string, b: string, days = 0): boolean {
  const x = dateBounds(a);
  const y = dateBounds(b);
  if (x === undefined || y === undefined) return false;
  // Without a tolerance the ISO texts compare as they are (most calls); with one, by day numbers.
  return days === 0 ? x.earliest > y.latest : dayNumber(x.earliest) - dayNumber(y.latest) > days;
}

/**
 * How far apart two local dates of one moment can be: each source dates what it reports by its own
 * clock, so a story from New York may carry the day before the same moment in Pyongyang or Moscow
 * (docs/CURATION.md, "Dates and time zones"). One day apart is no contradiction; two are.
 */
export const TIME_ZONE_DAYS = 1;

/**
 * A full date (YYYY-MM-DD) as a number of days since 1970-01-01, to count the days between two dates.
 * Parsed as an ISO date, never through Date.UTC, which takes years 0-99 for 1900-1999.
 */
export const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
