import { createRequire } from 'node:module';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';

/** The lookup by id the package ships as dist/records-by-id.cjs (eventsById, ...), tested from its source. */
const RecordsById = createRequire(import.meta.url)('../scripts/export/runtime/records-by-id.cjs') as new (
  records: readonly { id: string }[],
  name: string,
) => ReadonlyMap<string, { id: string }> & Record<'set' | 'delete' | 'clear', (...args: unknown[]) => unknown>;

const table = () => Object.freeze([{ id: 'b' }, { id: 'a' }, { id: 'c' }].map((r) => Object.freeze(r)));

/** A table that counts how often it is walked, as building the map walks it. */
function counted() {
  const records = table();
  let walks = 0;
  const spy = new Proxy(records, {
    get(target, key, receiver) {
      if (key === Symbol.iterator) walks++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { records, spy, walks: () => walks };
}

describe('a lookup by id (eventsById, ...)', () => {
  it('gives the very record objects of its table, in table order, with every ReadonlyMap method', () => {
    const records = table();
    const byId = new RecordsById(records, 'lettersById');
    expect(byId.size).toBe(3);
    expect(byId.get('a')).toBe(records[1]);
    expect(byId.get('z')).toBeUndefined();
    expect([byId.has('c'), byId.has('z')]).toEqual([true, false]);
    expect([...byId.keys()]).toEqual(['b', 'a', 'c']);
    expect([...byId.values()]).toEqual([...records]);
    expect([...byId.entries()]).toEqual(records.map((r) => [r.id, r]));
    expect([...byId]).toEqual(records.map((r) => [r.id, r]));
    const seen: unknown[] = [];
    const self = { tag: 'this' };
    byId.forEach(function (this: unknown, record, id, map) {
      seen.push([record, id, map === byId, this]);
    }, self);
    expect(seen).toEqual(records.map((r) => [r, r.id, true, self]));
  });

  it('is built on first use, once: loading a table does not walk it', () => {
    const { spy, walks } = counted();
    const byId = new RecordsById(spy, 'lettersById');
    expect(byId.size).toBe(3);
    expect(walks()).toBe(0);
    byId.get('a');
    byId.has('b');
    [...byId.keys()];
    expect(walks()).toBe(1);
  });

  it('cannot be changed, and says how to get a Map of your own', () => {
    const byId = new RecordsById(table(), 'lettersById');
    for (const method of ['set', 'delete', 'clear'] as const)
      expect(() => byId[method]('a', {}), method).toThrow(
        new TypeError(`lettersById.${method}(): lettersById is read-only and shared by every importer; new Map(lettersById) gives a Map of your own`),
      );
    // The object is frozen (a test module is strict code, so the assignment throws).
    expect(() => {
      (byId as unknown as { get: unknown }).get = () => undefined;
    }).toThrow(TypeError);
    expect(byId.get('a')).toEqual({ id: 'a' });
    const mine = new Map(byId);
    mine.delete('a');
    expect([mine.size, byId.size, byId.has('a')]).toEqual([2, 3, true]);
  });

  it('shows its name and entries in console.log, and is no Map', () => {
    const byId = new RecordsById(table(), 'lettersById');
    expect(inspect(byId)).toBe("lettersById Map(3) { 'b' => { id: 'b' }, 'a' => { id: 'a' }, 'c' => { id: 'c' } }");
    expect(Object.prototype.toString.call(byId)).toBe('[object RecordsById]');
    expect(byId instanceof Map).toBe(false);
  });
});
