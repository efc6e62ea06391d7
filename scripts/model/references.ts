import type { FoundValue, Reference } from '../check/rule.js';
import { pointerOf } from '../problem.js';
import { memoPerRecord } from '../check/record-scope.js';
import type { Column, TableModel } from './table-model.js';

/** Where a value (a reference, a date) sits in a table's records: the arrays to walk down, then the property path. */
interface ReferencePath {
  /** Per array level: its property path, and that path as a JSON pointer. */
  arrays: { path: string[]; pointer: string }[];
  path: string[];
  pointer: string;
  /** The table a reference names ('' for a value that names none). */
  table: string;
}

const own = (obj: unknown, key: string): unknown =>
  obj !== null && typeof obj === 'object' && Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
const at = (obj: unknown, path: string[]): unknown => {
  let value = obj;
  for (const key of path) value = own(value, key);
  return value;
};

const NO_POSITIONS: readonly number[] = [];

/** A reference (or a date) as found: its pointer is written only when asked for (most references resolve). */
class FoundReference implements Reference, FoundValue {
  readonly table: string;
  constructor(
    private readonly path: ReferencePath,
    private readonly positions: readonly number[],
    readonly id: string,
  ) {
    this.table = path.table;
  }
  get value(): string {
    return this.id;
  }
  pointer(): string {
    return this.path.arrays.map((a, l) => `${a.pointer}/${this.positions[l]}`).join('') + this.path.pointer;
  }
}

/** Appends the references of one path found under obj (at array level `level`, at the item positions `ordinals`). */
function walk(ref: ReferencePath, obj: unknown, level: number, ordinals: number[], found: FoundReference[]): void {
  if (level === ref.arrays.length) {
    const value = at(obj, ref.path);
    if (typeof value !== 'string') return;
    found.push(new FoundReference(ref, ordinals.length === 0 ? NO_POSITIONS : [...ordinals], value));
    return;
  }
  const array = ref.arrays[level]!;
  const items = at(obj, array.path);
  if (!Array.isArray(items)) return;
  for (let i = 0; i < items.length; i++) {
    ordinals[level] = i;
    walk(ref, items[i], level + 1, ordinals, found);
  }
  ordinals.length = level;
}

/**
 * Finds every reference of a record: the columns the table models mark with refTable (from the
 * schemas' x-ref-table), so what is checked is exactly what datapackage.json's foreign keys promise.
 */
export function referenceFinder(models: TableModel[]): (table: string, record: unknown) => readonly Reference[] {
  return valueFinder(models, (c) => (c.refTable && !c.key ? c.refTable : undefined));
}

/**
 * Finds every date of a record: the columns the table models type as a date or a partial date (from
 * the schemas' formats), so a date property added to a schema is found without naming it anywhere.
 */
export function dateFinder(models: TableModel[]): (table: string, record: unknown) => readonly FoundValue[] {
  return valueFinder(models, (c) => ((c.partialDate || c.type === 'date') && !c.derive && !c.key ? '' : undefined));
}

/** Finds the string values of a record under the columns picked (pick gives the table they name, '' for none). */
function valueFinder(models: TableModel[], pick: (c: Column) => string | undefined): (table: string, record: unknown) => readonly FoundReference[] {
  const pathsOf = new Map<string, ReferencePath[]>();
  for (const m of models) {
    for (const c of m.columns) {
      const table = pick(c);
      if (table === undefined) continue;
      const list = pathsOf.get(m.recordTable) ?? [];
      list.push({
        arrays: m.arrayPaths.map((path) => ({ path, pointer: pointerOf(...path) })),
        path: c.path,
        pointer: pointerOf(...c.path),
        table,
      });
      pathsOf.set(m.recordTable, list);
    }
  }
  // Several rules ask for the references (or dates) of each record in turn: within the runner's check of
  // a record (inRecordScope), they are found once.
  const finders = new Map<string, (record: unknown) => readonly FoundReference[]>();
  return (table, record) => {
    let find = finders.get(table);
    if (!find) {
      const paths = pathsOf.get(table) ?? [];
      find = memoPerRecord((r) => {
        const found: FoundReference[] = [];
        for (const ref of paths) walk(ref, r, 0, [], found);
        return found;
      });
      finders.set(table, find);
    }
    return find(record);
  };
}
