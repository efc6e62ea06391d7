import { stringify } from 'csv-stringify/sync';
import type { TableModel } from '../model/table-model.js';
import type { Row } from '../model/table-rows.js';
import type { Output } from './output.js';

/** RFC 4180 line ends; Frictionless' default dialect says the same. */
export const CSV_LINE_END = '\r\n';

/** dist/csv/<table>.csv for every record and link table, with the header the model derives from the schema. */
export function exportCsv(out: Output, models: TableModel[], rowsOf: Map<string, Row[]>): void {
  for (const model of models) {
    const rows = rowsOf.get(model.name)!.map((r) => r.cells.map(csvCell));
    out.set(`csv/${model.name}.csv`, stringify(rows, {
      header: true,
      columns: model.columns.map((c) => c.name),
      record_delimiter: CSV_LINE_END,
    }));
  }
}

function csvCell(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}
