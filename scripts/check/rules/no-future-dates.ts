import type { RecordOf, Table } from '../../types/records.js';
import { certainlyAfter, dateBounds, TIME_ZONE_DAYS } from '../../validate/partial-date.js';
import { datasetRule, type DatasetIndex, type FoundValue } from '../rule.js';

/** Visits every date of a record: the properties its schema gives a date format (the index finds them). */
function forEachDate(index: DatasetIndex, table: Table, record: unknown, visit: (date: string, place: FoundValue) => void): void {
  for (const d of index.dates(table, record as RecordOf<Table>)) if (dateBounds(d.value) !== undefined) visit(d.value, d);
}

/**
 * Of a record: its latest date, and the record itself, walked again only if that date is too late
 * (no pointer is written for the dates of a record that has none). A source also gives the day it was read.
 */
interface Dated {
  latest: string;
  accessed?: string;
  record: unknown;
}

function datedOf(index: DatasetIndex, table: Table, record: unknown, accessed?: string): Dated | undefined {
  let latest = '';
  forEachDate(index, table, record, (date) => {
    if (date > latest) latest = date;
  });
  return latest === '' ? undefined : { latest, record, ...(accessed === undefined ? {} : { accessed }) };
}

/**
 * The latest calendar day anywhere on Earth now (UTC+14): no source can have been read after it. The
 * clock only ever refuses, and only an "accessed" date: data that builds today builds every later day,
 * and no output depends on the clock.
 */
export const latestToday = (now: number = Date.now()): string => new Date(now + 14 * 3600 * 1000).toISOString().slice(0, 10);

/**
 * Nothing is dated after the dataset's own present: the newest day any source was read (the latest
 * "accessed"). A fact cannot be sourced before it happens, so a later date is a typo (2204 for 2024)
 * or a forecast. Judged against the data, not the clock, so the same data always builds the same way.
 * A partial date (2024, 2024-06) compares with a full one as its earliest day does: a prefix sorts first.
 * The one date the clock bounds is "accessed" itself, which cannot be after today: without that bound,
 * one mistyped "accessed" (2099) would move the present and let every other future date through.
 */
export default datasetRule<Dated>({
  name: 'no-future-dates',
  description:
    'No date is after the newest "accessed" date of the sources (the day the dataset was last checked against its sources), by more than the one day a page\'s local date may be ahead of the curator\'s; the rule reads the data, not the clock, so a build never depends on the day it runs. Only "accessed" itself is bounded by the clock: no source is read after today (the latest date anywhere on Earth, UTC+14), so one mistyped "accessed" cannot move the present.',
  collect: {
    sources: (record, { index, table }) => datedOf(index, table, record, record.accessed),
    '*': (record, { index, table }) => datedOf(index, table, record),
  },
  judge(facts, report, index) {
    const today = latestToday();
    let present = '';
    for (const f of facts) {
      const accessed = f.fact.accessed;
      if (accessed === undefined) continue;
      if (accessed > today)
        report(
          f,
          '/accessed',
          `${accessed} is after today (${today}, the latest date anywhere on Earth): a source cannot have been read in the future`,
          'write the day the source was read (a mistyped year?)',
        );
      else if (accessed > present) present = accessed;
    }
    if (present === '') return;
    for (const f of facts) {
      // Nothing on or before the present can be late: only such records are walked again.
      if (f.fact.latest <= present) continue;
      forEachDate(index, f.table, f.fact.record, (date, place) => {
        // A page's local date may be a day ahead of the curator's (TIME_ZONE_DAYS, as source-published-before-accessed
        // allows); a future "accessed" is reported above, once.
        if (certainlyAfter(date, present, TIME_ZONE_DAYS) && !(f.fact.accessed !== undefined && f.fact.accessed > today && place.pointer() === '/accessed'))
          report(
            f,
            place.pointer(),
            `${date} is after ${present}, the newest day a source was read, by more than the day time zones allow: a date cannot be sourced before it happens`,
            'check the date against its source (a mistyped year?)',
          );
      });
    }
  },
});
