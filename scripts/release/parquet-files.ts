import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { readSchemas } from '../load/read-schemas.js';
import { exportedRecords } from '../load/exported-records.js';
import type { Records, Table } from '../types/records.js';
import { buildTableModels, type Column, type TableModel } from '../model/table-model.js';
import { tableRows, type Row } from '../model/table-rows.js';
import { atopTables } from '../model/atop-tables.js';

const PHYSICAL: Record<Column['type'], Record<string, string>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8' },
  integer: { type: 'INT32' },
  number: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
  date: { type: 'INT32', converted_type: 'DATE' },
};

/** One table as Parquet, typed from the column model (dates as DATE, integers as INT32). */
function parquetTable(model: TableModel, rows: Row[], createdBy: string): Uint8Array {
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
  return new Uint8Array(parquetWriteBuffer({ columnData, schema: schema as never, createdBy }));
}

/**
 * parquet/<table>.parquet for every CSV table, for the release bundle (so DuckDB, Spark or BigQuery
 * users load it without parsing text). Made from the built dist/json (checked data) with the same
 * table model as the CSVs, so each file has its CSV's rows and columns. Kept out of dist/ and the npm
 * package: encoding Parquet in JavaScript costs more than the rest of the build together.
 */
export function parquetFiles(root: string, createdBy: string): Map<string, Uint8Array> {
  const schemas = readSchemas(join(root, 'schema'));
  const models = buildTableModels(schemas);
  const records = Object.fromEntries(
    schemas.tables.map((t) => [t.table, exportedRecords(t.table as Table, readFileSync(join(root, 'dist', 'json', `${t.table}.json`), 'utf8'))]),
  ) as Records;
  const atop = atopTables(models, records);
  const files = new Map<string, Uint8Array>();
  for (const model of models) files.set(`parquet/${model.name}.parquet`, parquetTable(model, tableRows(model, records[model.recordTable as Table]), createdBy));
  for (const model of atop.models) files.set(`parquet/${model.name}.parquet`, parquetTable(model, atop.rows.get(model.name)!, createdBy));
  return files;
}
