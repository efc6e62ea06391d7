import type { JsonSchema, Schemas } from '../load/read-schemas.js';
import { pointerOf } from '../problem.js';
import { resolveSchema } from './resolve-schema.js';

/**
 * The schema's order of keys, wherever a record holds an object: the order in which dist/json/ writes
 * them (JSON.stringify keeps a record's own order), so a record written in another order would change
 * the exports without changing a fact. Checked without building a pointer unless an object is out of
 * order (most records are in order).
 */

/** What the schema says at one place of a record: its properties in order, and what lies under each. */
interface Place {
  /** Position of each property in the schema's `properties`. */
  order?: Map<string, number>;
  /** The places under the properties that hold objects or arrays. */
  under?: Map<string, Place>;
  /** The place of each item, for an array. */
  items?: Place;
}

/** An object whose keys are not in the schema's order: where it is, and the order the schema asks for. */
export interface KeysOutOfOrder {
  pointer: string;
  expected: string[];
}

/** Per table, the objects of a record whose keys are out of the schema's order (none: an empty array). */
export type KeyOrderFinder = (table: string, record: unknown) => readonly KeysOutOfOrder[];

const NONE: readonly KeysOutOfOrder[] = Object.freeze([]);

/** The places of a schema, built once per schema node (a $ref'd definition is shared by all that use it). */
function placeOf(schemas: Schemas, schema: JsonSchema, base: string, seen: Map<JsonSchema, Place>): Place {
  const { schema: s, baseFile } = resolveSchema(schemas, schema, base);
  const known = seen.get(s);
  if (known) return known;
  const place: Place = {};
  seen.set(s, place);
  if (s.items) place.items = placeOf(schemas, s.items, baseFile, seen);
  if (s.properties) {
    const keys = Object.keys(s.properties);
    place.order = new Map(keys.map((k, i) => [k, i]));
    const under = new Map<string, Place>();
    for (const k of keys) {
      const child = placeOf(schemas, s.properties[k], baseFile, seen);
      if (child.order || child.items) under.set(k, child);
    }
    if (under.size > 0) place.under = under;
  }
  return place;
}

/** Whether every object at or under this place has its keys in the schema's order. */
function inOrder(place: Place, value: unknown): boolean {
  if (Array.isArray(value)) {
    if (place.items) for (const item of value) if (!inOrder(place.items, item)) return false;
    return true;
  }
  if (value === null || typeof value !== 'object' || !place.order) return true;
  const obj = value as Record<string, unknown>;
  let last = -1;
  for (const key of Object.keys(obj)) {
    // A key the schema does not know (validation reports it) belongs after every known one, as
    // npm run fix writes it.
    const at = place.order.get(key) ?? Number.POSITIVE_INFINITY;
    if (at < last) return false;
    last = at;
    const under = place.under?.get(key);
    if (under && !inOrder(under, obj[key])) return false;
  }
  return true;
}

/** Every object at or under this place whose keys are out of the schema's order, with its pointer. */
function outOfOrder(place: Place, value: unknown, pointer: string, found: KeysOutOfOrder[]): void {
  if (Array.isArray(value)) {
    if (place.items) for (let i = 0; i < value.length; i++) outOfOrder(place.items, value[i], `${pointer}/${i}`, found);
    return;
  }
  if (value === null || typeof value !== 'object' || !place.order) return;
  const obj = value as Record<string, unknown>;
  const order = place.order;
  const keys = Object.keys(obj);
  const known = keys.filter((k) => order.has(k)).sort((a, b) => order.get(a)! - order.get(b)!);
  const expected = [...known, ...keys.filter((k) => !order.has(k))];
  if (expected.some((k, i) => k !== keys[i])) found.push({ pointer, expected });
  for (const key of known) {
    const under = place.under?.get(key);
    if (under) outOfOrder(under, obj[key], pointer + pointerOf(key), found);
  }
}

const finders = new WeakMap<Schemas, KeyOrderFinder>();

/** The finder of objects out of order, for every table of the schemas: built once per set of schemas (the check and the canonical-form pass share it). */
export function keyOrderFinder(schemas: Schemas): KeyOrderFinder {
  const known = finders.get(schemas);
  if (known) return known;
  const seen = new Map<JsonSchema, Place>();
  const places = new Map(schemas.tables.map((t) => [t.table, placeOf(schemas, t.schema, t.file, seen)]));
  const finder: KeyOrderFinder = (table, record) => {
    const place = places.get(table);
    if (!place || inOrder(place, record)) return NONE;
    const found: KeysOutOfOrder[] = [];
    outOfOrder(place, record, '', found);
    return found;
  };
  finders.set(schemas, finder);
  return finder;
}
