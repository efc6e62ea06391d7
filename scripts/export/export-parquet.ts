import { parquetWriteBuffer } from 'hyparquet-writer';
import type { Column, TableModel } from '../model/table-model.js';
import type { Row } from '../model/table-rows.js';
import type { Output } from './output.js';

const PHYSICAL: Record<Column['type'], Record<string, string>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  integer: { type: 'INT32' },
  number: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
  date: { type: 'INT32', converted_type: 'DATE' },
};

/**
 * dist/parquet/<table>.parquet for every CSV table, typed from the same column model (dates as DATE,
 * integers as INT32), so DuckDB, Spark or BigQuery load them without parsing text.
 */
export function exportParquet(out: Output, models: TableModel[], rowsOf: Map<string, Row[]>, createdBy: string): void {
  for (const model of models) {
    const rows = rowsOf.get(model.name)!;
    const columnData = model.columns.map((c, i) => ({
      name: c.name,
      data: rows.map((r) => {
        const v = r.cells[i];
        if (v === undefined) return null;
        return c.type === 'date' ? new Date(`${String(v)}T00:00:00Z`) : v;
      }),
    }));
    const schema = [
      { name: 'root', num_children: model.columns.length },
      ...model.columns.map((c) => ({ name: c.name, ...PHYSICAL[c.type], repetition_type: 'OPTIONAL' })),
    ];
    const buffer = parquetWriteBuffer({ columnData, schema: schema as never, createdBy });
    out.set(`parquet/${model.name}.parquet`, new Uint8Array(buffer));
  }
}
