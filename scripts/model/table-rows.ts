import type { CheckedRecord } from '../types/records.js';
import { dateBounds } from '../validate/partial-date.js';
import type { TableModel } from './table-model.js';

export type Cell = string | number | boolean | undefined;

/** One row of a table: its cells, in the order of the model's columns. */
export interface Row {
  cells: Cell[];
}

const get = (obj: unknown, path: string[]): unknown => {
  let cur = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
};

/**
 * Visits every row of one table model in the valid records (all of the model's record table), in
 * order. The cells and ordinals handed to `visit` are reused from row to row: copy them to keep them.
 */
export function forEachRow(
  model: TableModel,
  records: readonly CheckedRecord[],
  visit: (cells: readonly Cell[], record: CheckedRecord, ordinals: readonly number[]) => void,
): void {
  const depth = model.arrayPaths.length;
  const cells: Cell[] = new Array(model.columns.length);
  const ordinals: number[] = [];
  const fill = fillerOf(model);
  const walk = (record: CheckedRecord, id: string, obj: unknown, level: number): void => {
    if (level === depth) {
      fill(obj, id, ordinals, cells);
      visit(cells, record, ordinals);
      return;
    }
    const arr = get(obj, model.arrayPaths[level]!);
    if (!Array.isArray(arr)) return;
    for (let i = 0; i < arr.length; i++) {
      ordinals[level] = i + 1;
      walk(record, id, arr[i], level + 1);
    }
    ordinals.length = level;
  };
  for (const record of records) walk(record, record.data.id, record.data, 0);
}

/** Flattens valid records (all of the model's record table) into the rows of one table model. */
export function tableRows(model: TableModel, records: readonly CheckedRecord[]): Row[] {
  const rows: Row[] = [];
  forEachRow(model, records, (cells) => rows.push({ cells: [...cells] }));
  return rows;
}

/** Fills a row's cells from the object at the row's level, its record's id and its ordinals. */
type FillCells = (obj: unknown, id: string, ordinals: readonly number[], cells: Cell[]) => void;

const fillers = new WeakMap<TableModel, FillCells>();

/** A table's cell filler, compiled on first use. */
function fillerOf(model: TableModel): FillCells {
  let fill = fillers.get(model);
  if (!fill) {
    fill = compileFiller(model);
    fillers.set(model, fill);
  }
  return fill;
}

/**
 * A table's cell filler, written once per table as straight-line code: one property read per path
 * step, no loop over the columns and no test of what kind each column is. The CSV of 100,000 records
 * has ~680,000 rows, and the generic walk over the columns was most of their cost. Property names go
 * into the code as JSON string literals, and every read is of an own property (never one of the
 * prototype's), as get() above reads them.
 */
function compileFiller(model: TableModel): FillCells {
  const lines: string[] = ['let v, b;'];
  const read = (path: string[]) =>
    path.length === 0
      ? 'v = obj;'
      : `v = obj;${path.map((key) => ` v = v !== null && typeof v === 'object' && hasOwn(v, ${JSON.stringify(key)}) ? v[${JSON.stringify(key)}] : undefined;`).join('')}`;
  let parent = 0;
  let boundsOf: string | undefined;
  model.columns.forEach((column, i) => {
    if (column.key === 'record-id') lines.push(`cells[${i}] = id;`);
    else if (column.key === 'ordinal') lines.push(`cells[${i}] = ordinals[ordinals.length - 1];`);
    else if (column.key === 'parent-ordinal') lines.push(`cells[${i}] = ordinals[${parent++}];`);
    else if (column.derive) {
      // A partial date fills three derived columns in a row: its bounds are computed once.
      const key = JSON.stringify(column.path);
      if (key !== boundsOf) {
        boundsOf = key;
        lines.push(read(column.path), 'b = v === undefined || v === null ? undefined : dateBounds(String(v));');
      }
      lines.push(`cells[${i}] = b === undefined ? undefined : b[${JSON.stringify(column.derive)}];`);
    } else {
      boundsOf = undefined;
      lines.push(read(column.path), `cells[${i}] = v === null ? undefined : v;`);
    }
  });
  const body = new Function('hasOwn', 'dateBounds', `return function fill(obj, id, ordinals, cells) {\n${lines.join('\n')}\n};`);
  return body(Object.hasOwn, dateBounds) as FillCells;
}
