import type { LoadedRecord } from '../load/read-records.js';
import { pointerSegment } from '../problem.js';
import { dateBounds } from '../validate/partial-date.js';
import type { Column, TableModel } from './table-model.js';

export type Cell = string | number | boolean | undefined;

export interface Row {
  cells: Cell[];
  /** Record file the row comes from. */
  file: string;
  /** JSON pointer of the object the row was taken from. */
  pointer: string;
}

const get = (obj: unknown, path: string[]): unknown => {
  let cur = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
};

/** JSON pointer of a column's value inside its record. */
export const cellPointer = (row: Row, column: Column): string => row.pointer + column.path.map((k) => `/${pointerSegment(k)}`).join('');

/** Flattens valid records into the rows of one table model. */
export function tableRows(model: TableModel, records: LoadedRecord[]): Row[] {
  const rows: Row[] = [];
  for (const record of records) {
    if (record.table !== model.recordTable) continue;
    const id = (record.data as { id: string }).id;
    const visit = (obj: unknown, level: number, pointer: string, ordinals: number[]) => {
      if (level === model.arrayPaths.length) {
        let parent = 0;
        const cells = model.columns.map((c) => (c.key === 'parent-ordinal' ? ordinals[parent++] : cell(c, obj, id, ordinals)));
        rows.push({ cells, file: record.file, pointer });
        return;
      }
      const path = model.arrayPaths[level]!;
      const arr = get(obj, path);
      if (!Array.isArray(arr)) return;
      const base = pointer + path.map((k) => `/${pointerSegment(k)}`).join('');
      arr.forEach((item, i) => visit(item, level + 1, `${base}/${i}`, [...ordinals, i + 1]));
    };
    visit(record.data, 0, '', []);
  }
  return rows;
}

function cell(column: Column, obj: unknown, id: string, ordinals: number[]): Cell {
  switch (column.key) {
    case 'record-id': return id;
    case 'ordinal': return ordinals.at(-1);
    default: break;
  }
  const value = get(obj, column.path);
  if (value === undefined || value === null) return undefined;
  if (column.derive) {
    const bounds = dateBounds(String(value));
    return bounds?.[column.derive];
  }
  return value as Cell;
}
