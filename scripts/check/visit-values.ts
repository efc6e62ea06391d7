import { pointerOf } from '../problem.js';
import { memoPerRecord } from './record-scope.js';

/** Where a visited value sits in its record: its JSON pointer, written only when asked for (most values are never reported). */
export interface ValuePlace {
  pointer(): string;
}

/**
 * A record's values flattened in depth-first order: for each, the value, the key or index it sits
 * under, and the position of its parent (-1 for the record itself). Pointers are written from the
 * parents only when a rule reports.
 */
interface Flat {
  values: unknown[];
  keys: (string | number | undefined)[];
  parents: number[];
}

function flatten(record: unknown): Flat {
  const flat: Flat = { values: [], keys: [], parents: [] };
  const walk = (value: unknown, key: string | number | undefined, parent: number): void => {
    const at = flat.values.length;
    flat.values.push(value);
    flat.keys.push(key);
    flat.parents.push(parent);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) walk(value[i], i, at);
    } else if (value !== null && typeof value === 'object') {
      for (const k in value) if (Object.hasOwn(value, k)) walk((value as Record<string, unknown>)[k], k, at);
    }
  };
  walk(record, undefined, -1);
  return flat;
}

/** The pointer of the value at position at of a flattened record. */
function pointerAt(flat: Flat, at: number): string {
  const segments: (string | number)[] = [];
  for (let i = at; flat.parents[i]! >= 0; i = flat.parents[i]!) segments.push(flat.keys[i]!);
  return pointerOf(...segments.reverse());
}

// Several rules walk each record in turn: within the runner's check of a record (inRecordScope), the
// record is flattened once for all of them.
const flatOf = memoPerRecord(flatten);

/**
 * Visits every value of a record, depth first: objects, arrays and the values in them. key is the
 * property the value sits under (undefined for an array item and for the record itself); place gives
 * its pointer, and is valid during the visit only. Records are read-only to rules, so within the
 * runner's check of a record (inRecordScope) the walk is kept for the next rule that visits it.
 */
export function visitValues(record: unknown, visit: (value: unknown, place: ValuePlace, key: string | undefined) => void): void {
  const flat = flatOf(record);
  let at = 0;
  const place: ValuePlace = { pointer: () => pointerAt(flat, at) };
  const { values, keys } = flat;
  for (; at < values.length; at++) {
    const key = keys[at];
    visit(values[at], place, typeof key === 'string' ? key : undefined);
  }
}
