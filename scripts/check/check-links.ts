import type { Problem } from '../problem.js';
import type { LoadedRecord } from '../load/read-records.js';
import type { TableModel } from '../model/table-model.js';
import { cellPointer, type Cell } from '../model/table-rows.js';

/** Checks one row's references; appends a problem per reference that does not resolve. */
export type RowLinkCheck = (cells: readonly Cell[], record: LoadedRecord, ordinals: readonly number[], problems: Problem[]) => void;

/**
 * Every reference resolves to a record of the table it names. Checked on the same rows the CSV
 * exporter writes, so what is checked is exactly what the foreign keys of datapackage.json promise.
 * The ids are those of the record files (a record's file name is its id), so a record that fails its
 * schema is reported once, not again as a dangling reference from every record that cites it; and a
 * row is checked without any other record in memory, chunk by chunk. Undefined for a table without
 * references.
 */
export function rowLinkCheck(model: TableModel, idsOf: Map<string, Set<string>>): RowLinkCheck | undefined {
  const refs = model.columns.flatMap((column, i) => (column.refTable ? [{ column, i, ids: idsOf.get(column.refTable)! }] : []));
  if (refs.length === 0) return undefined;
  return (cells, record, ordinals, problems) => {
    for (let r = 0; r < refs.length; r++) {
      const { column, i, ids } = refs[r]!;
      const value = cells[i];
      // A valid record's references are strings; anything else cannot name a record.
      if (value === undefined || (typeof value === 'string' && ids.has(value))) continue;
      const elsewhere = [...idsOf].find(([, set]) => set.has(String(value)))?.[0];
      const hint = elsewhere ? ` (it is a record of ${elsewhere})` : '';
      problems.push({ file: record.file, pointer: cellPointer(model, ordinals, column), message: `"${value}" must be the id of a record of ${column.refTable}${hint}` });
    }
  };
}
