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
 * A JSON value as text that two values share exactly when they are the same (same above): objects'
 * keys sorted, numbers as JSON writes them (-0 as 0, as every export does).
 */
function itemKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(itemKey).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    return `{${Object.keys(object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${itemKey(object[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Up to this many items, a list is compared item with item; a longer one by its items' keys, so that a list of thousands costs no more than reading it. */
const FEW = 8;

/** Per item of a list, the position of the first item the same as it, if one comes before it. */
function firstSame(list: readonly unknown[]): Map<number, number> {
  const repeats = new Map<number, number>();
  if (list.length <= FEW) {
    // Most lists hold one or two items, and two items differ in their first field: a few comparisons each.
    for (let i = 1; i < list.length; i++) {
      for (let j = 0; j < i; j++) {
        if (!same(list[i], list[j])) continue;
        repeats.set(i, j);
        break;
      }
    }
    return repeats;
  }
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const key = itemKey(item);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else repeats.set(i, first);
  });
  return repeats;
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
      if (!Array.isArray(value) || value.length < 2) return;
      for (const [i, j] of firstSame(value)) report(`${place.pointer()}/${i}`, `repeats item ${j} of the same list`, `remove one of the two (keep item ${j})`);
    });
  },
});
