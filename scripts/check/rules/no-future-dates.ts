import { pointerSegment } from '../../problem.js';
import { dateBounds } from '../../validate/partial-date.js';
import { datasetRule } from '../rule.js';

/** Properties that hold a date (a partial or full date string) wherever they appear in a record. */
const DATE_KEYS = new Set(['value', 'date', 'from', 'to', 'published', 'accessed', 'status_as_of']);

interface Dated {
  pointer: string;
  date: string;
}

/** Every date of a record, with its pointer. */
function datesOf(value: unknown, pointer: string, out: Dated[], key?: string): Dated[] {
  if (typeof value === 'string') {
    if (key !== undefined && DATE_KEYS.has(key) && dateBounds(value) !== undefined) out.push({ pointer, date: value });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      datesOf(v, `${pointer}/${i}`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) datesOf(v, `${pointer}/${pointerSegment(k)}`, out, k);
  }
  return out;
}

/**
 * Nothing is dated after the dataset's own present: the newest day any source was read (the latest
 * "accessed"). A fact cannot be sourced before it happens, so a later date is a typo (2204 for 2024)
 * or a forecast. Judged against the data, not the clock, so the same data always builds the same way.
 */
export default datasetRule<Dated[]>({
  name: 'no-future-dates',
  description:
    'No date is after the newest "accessed" date of the sources (the day the dataset was last checked against its sources); the rule reads the data, not the clock, so a build never depends on the day it runs.',
  collect: { '*': (record) => datesOf(record, '', []) },
  judge(facts, report) {
    let present = '';
    for (const f of facts) if (f.table === 'sources') for (const d of f.fact) if (d.pointer === '/accessed' && d.date > present) present = d.date;
    if (present === '') return;
    for (const f of facts) {
      for (const d of f.fact) {
        if (dateBounds(d.date)!.earliest > present)
          report(
            f,
            d.pointer,
            `${d.date} is after ${present}, the newest day a source was read: a date cannot be sourced before it happens`,
            'check the date against its source (a mistyped year?)',
          );
      }
    }
  },
});
