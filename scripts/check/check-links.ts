import type { Problem } from '../problem.js';
import type { TableModel } from '../model/table-model.js';
import { cellPointer, type Row } from '../model/table-rows.js';

/**
 * Every reference resolves to a record of the table it names. Uses the same rows the CSV exporter
 * writes, so what is checked is exactly what the foreign keys of datapackage.json promise. The ids are
 * those of the record files (a record's file name is its id), so a record that fails its schema is
 * reported once, not again as a dangling reference from every record that cites it; and the check
 * needs no other record in memory, which lets the build check records chunk by chunk.
 */
export function checkLinks(models: TableModel[], rowsOf: Map<string, Row[]>, idsOf: Map<string, Set<string>>): Problem[] {
  const problems: Problem[] = [];
  for (const m of models) {
    m.columns.forEach((column, i) => {
      if (!column.refTable) return;
      const ids = idsOf.get(column.refTable)!;
      for (const row of rowsOf.get(m.name) ?? []) {
        const value = row.cells[i];
        if (value === undefined || ids.has(String(value))) continue;
        const elsewhere = [...idsOf].find(([, set]) => set.has(String(value)))?.[0];
        const hint = elsewhere ? ` (it is a record of ${elsewhere})` : '';
        problems.push({ file: row.record.file, pointer: cellPointer(m, row, column), message: `"${value}" must be the id of a record of ${column.refTable}${hint}` });
      }
    });
  }
  return problems;
}
