import { pointerOf } from '../../problem.js';
import { dateBounds } from '../../validate/partial-date.js';
import { datasetRule } from '../rule.js';
import { visitValues } from '../visit-values.js';

/** Properties that hold a date (a partial or full date string) wherever they appear in a record. */
const DATE_KEYS = new Set(['value', 'date', 'from', 'to', 'published', 'accessed', 'status_as_of']);

/** A record's dates and their pointers, flat (date, pointer, date, pointer, ...): one small array per record. */
type Dated = string[];

/** Every date of a record, with its pointer (written only for a date). */
function datesOf(record: unknown): Dated {
  const out: Dated = [];
  visitValues(record, (value, path, key) => {
    if (typeof value === 'string' && key !== undefined && DATE_KEYS.has(key) && dateBounds(value) !== undefined) out.push(value, pointerOf(...path));
  });
  return out;
}

/**
 * Nothing is dated after the dataset's own present: the newest day any source was read (the latest
 * "accessed"). A fact cannot be sourced before it happens, so a later date is a typo (2204 for 2024)
 * or a forecast. Judged against the data, not the clock, so the same data always builds the same way.
 */
export default datasetRule<Dated>({
  name: 'no-future-dates',
  description:
    'No date is after the newest "accessed" date of the sources (the day the dataset was last checked against its sources); the rule reads the data, not the clock, so a build never depends on the day it runs.',
  collect: { '*': (record) => datesOf(record) },
  judge(facts, report) {
    let present = '';
    for (const f of facts) {
      if (f.table !== 'sources') continue;
      for (let i = 0; i < f.fact.length; i += 2) if (f.fact[i + 1] === '/accessed' && f.fact[i]! > present) present = f.fact[i]!;
    }
    if (present === '') return;
    for (const f of facts) {
      for (let i = 0; i < f.fact.length; i += 2) {
        const date = f.fact[i]!;
        // A partial date (2024, 2024-06) compares with a full one as its earliest day does: a prefix sorts first.
        if (date > present)
          report(
            f,
            f.fact[i + 1]!,
            `${date} is after ${present}, the newest day a source was read: a date cannot be sourced before it happens`,
            'check the date against its source (a mistyped year?)',
          );
      }
    }
  },
});
