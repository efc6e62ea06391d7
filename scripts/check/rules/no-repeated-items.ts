import { recordRule } from '../rule.js';
import { visitValues } from '../visit-values.js';

/** Two JSON values are the same: equal primitives, or arrays and objects holding the same values (key order aside). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((v, i) => same(v, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && same(x[k], y[k]));
}

/**
 * A list says each thing once: the same citation, participant, topic, alias or position twice in one
 * list is a slip of copy and paste, and would be two identical rows of a link table (counted twice by
 * anyone who counts them). Items that differ in anything (a citation of the same source with another
 * locator or quote) are different items.
 */
export default recordRule({
  name: 'no-repeated-items',
  description:
    'No list in a record holds the same item twice (the same citation, participant, topic, alias or position, equal in every field), which would be two identical rows of a link table.',
  check(record, report) {
    visitValues(record, (value, place) => {
      // Most lists hold one or two items, and two items differ in their first field: a few comparisons each.
      if (!Array.isArray(value) || value.length < 2) return;
      for (let i = 1; i < value.length; i++) {
        for (let j = 0; j < i; j++) {
          if (!same(value[i], value[j])) continue;
          report(`${place.pointer()}/${i}`, `repeats item ${j} of the same list`, `remove one of the two (keep item ${j})`);
          break;
        }
      }
    });
  },
});
