import { recordRule } from '../rule.js';
import { visitValues } from '../visit-values.js';

/**
 * A list or object a record holds has something in it. An optional list given as [] or an optional
 * object given as {} says nothing the absent property does not, yet the JSON exports keep it while the
 * CSV, Parquet and workbook cannot (no row, or empty cells, either way): the same record would read
 * differently from one export to the next. Absent is the one way to say "none recorded".
 */
export default recordRule({
  name: 'no-empty-lists-or-objects',
  description: 'No list or object in a record is empty ([] or {}): a property with nothing to say is left out.',
  check(record, report) {
    visitValues(record, (value, place, key) => {
      if (value === null || typeof value !== 'object') return;
      let empty = true;
      if (Array.isArray(value)) empty = value.length === 0;
      else
        for (const k in value)
          if (Object.hasOwn(value, k)) {
            empty = false;
            break;
          }
      if (!empty) return;
      const what = Array.isArray(value) ? 'an empty list' : 'an empty object';
      report(
        place.pointer(),
        `is ${what}: leave the property out when there is nothing to record (the CSV and Parquet exports cannot tell ${Array.isArray(value) ? '[]' : '{}'} from absent)`,
        key === undefined ? 'remove it, or fill it in' : `remove "${key}", or fill it in`,
      );
    });
  },
});
