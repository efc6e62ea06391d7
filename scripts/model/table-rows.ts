import type { CheckedRecord } from '../types/records.js';
import { dateBounds, type DateBounds } from '../validate/partial-date.js';
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
  const walk = (record: CheckedRecord, id: string, obj: unknown, level: number): void => {
    if (level === depth) {
      rowCells(model, obj, id, ordinals, cells);
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

function rowCells(model: TableModel, obj: unknown, id: string, ordinals: readonly number[], cells: Cell[]): void {
  const columns = model.columns;
  let parent = 0;
  // A partial date fills three derived columns in a row: its bounds are computed once.
  let boundsOf: string | undefined;
  let bounds: DateBounds | undefined;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    switch (column.key) {
      case 'record-id':
        cells[i] = id;
        continue;
      case 'ordinal':
        cells[i] = ordinals[ordinals.length - 1];
        continue;
      case 'parent-ordinal':
        cells[i] = ordinals[parent++];
        continue;
      default:
        break;
    }
    const value = column.path.length === 1 ? own(obj, column.path[0]!) : get(obj, column.path);
    if (value === undefined || value === null) cells[i] = undefined;
    else if (column.derive) {
      const text = String(value);
      if (text !== boundsOf) {
        boundsOf = text;
        bounds = dateBounds(text);
      }
      cells[i] = bounds?.[column.derive];
    } else cells[i] = value as Cell;
  }
}

/** obj[key] if obj is an object that has it as its own property (never from its prototype). */
function own(obj: unknown, key: string): unknown {
  return obj !== null && typeof obj === 'object' && Object.hasOwn(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}
