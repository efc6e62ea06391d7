'use strict';
/**
 * A table's records by id (eventsById, ...): a read-only map, as TypeScript's ReadonlyMap describes
 * it (get, has, size, forEach, keys, values, entries, iteration), holding the table's own record
 * objects. The map behind it is built on first use, not when the table loads, so that a program that
 * never looks a record up does not pay for it. It has no set, delete or clear: every importer shares it.
 * `new Map(eventsById)` gives a Map of one's own.
 */
class RecordsById {
  /** @type {readonly { id: string }[]} */
  #records;
  /** @type {string} */
  #name;
  /** @type {Map<string, { id: string }> | undefined} */
  #map;

  /**
   * @param {readonly { id: string }[]} records
   * @param {string} name what the importer calls it, for messages (eventsById)
   */
  constructor(records, name) {
    this.#records = records;
    this.#name = name;
    Object.freeze(this);
  }

  #built() {
    if (this.#map === undefined) {
      const map = new Map();
      for (const record of this.#records) map.set(record.id, record);
      this.#map = map;
    }
    return this.#map;
  }

  /** Ids are unique within a table (the build refuses a duplicate), so the size is the table's. */
  get size() {
    return this.#records.length;
  }

  /** @param {string} id */
  get(id) {
    return this.#built().get(id);
  }

  /** @param {string} id */
  has(id) {
    return this.#built().has(id);
  }

  /**
   * @param {(record: { id: string }, id: string, map: RecordsById) => void} callback
   * @param {unknown} [thisArg]
   */
  forEach(callback, thisArg) {
    for (const [id, record] of this.#built()) callback.call(thisArg, record, id, this);
  }

  keys() {
    return this.#built().keys();
  }

  values() {
    return this.#built().values();
  }

  entries() {
    return this.#built().entries();
  }

  [Symbol.iterator]() {
    return this.#built().entries();
  }

  get [Symbol.toStringTag]() {
    return 'RecordsById';
  }

  set() {
    throw this.#readOnly('set');
  }

  delete() {
    throw this.#readOnly('delete');
  }

  clear() {
    throw this.#readOnly('clear');
  }

  /** @param {string} method */
  #readOnly(method) {
    return new TypeError(`${this.#name}.${method}(): ${this.#name} is read-only and shared by every importer; new Map(${this.#name}) gives a Map of your own`);
  }

  /**
   * How Node's console.log and util.inspect show it: its name and its entries, as for a Map.
   * @param {number} _depth
   * @param {object} options
   * @param {(value: unknown, options: object) => string} inspect
   */
  [Symbol.for('nodejs.util.inspect.custom')](_depth, options, inspect) {
    return `${this.#name} ${inspect(this.#built(), options)}`;
  }
}
Object.freeze(RecordsById.prototype);

module.exports = RecordsById;
