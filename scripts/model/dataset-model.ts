import type { CheckedRecord, Records } from '../types/records.js';
import { atopTables } from './atop-tables.js';
import type { TableModel } from './table-model.js';
import { forEachRow, type Cell } from './table-rows.js';

/** The dataset as tables: what the CSV, datapackage, codebook and JSON-LD exporters describe. */
export interface DatasetModel {
  /** Every CSV table: record and link tables derived from the schemas, then the derived ATOP views. */
  tables: TableModel[];
  /** Visits the rows of one table, in record order (cells are reused between rows: copy to keep). */
  forEachRow(model: TableModel, visit: (cells: readonly Cell[]) => void): void;
}

export function modelDataset(models: TableModel[], records: Records): DatasetModel {
  const atop = atopTables(models, records);
  return {
    tables: [...models, ...atop.models],
    forEachRow(model, visit) {
      const derived = atop.rows.get(model.name);
      if (derived) for (const row of derived) visit(row.cells);
      else forEachRow(model, records[model.recordTable as keyof Records] as readonly CheckedRecord[], visit);
    },
  };
}
