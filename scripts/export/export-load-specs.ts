import type { ColumnType, TableModel } from '../model/table-model.js';
import type { Output } from './output.js';
import { jsonText } from './output.js';

/**
 * dist/load/: for each table, the type of every column as pandas, R's readr and DuckDB name it,
 * written from the table model (never by hand), so that the loading recipes in the README give
 * every column its right type: full dates as dates; partial dates (2024-11), ids and text codes
 * (ISO 3166 numeric "008") as text; integers as nullable integers; missing values as missing.
 */
const PANDAS: Record<ColumnType, string> = { string: 'string', integer: 'Int64', number: 'Float64', boolean: 'boolean', date: 'date' };
const READR: Record<ColumnType, string> = {
  string: 'col_character()',
  integer: 'col_integer()',
  number: 'col_double()',
  boolean: 'col_logical()',
  date: 'col_date()',
};
const DUCKDB: Record<ColumnType, string> = { string: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE' };

const GENERATED = 'Generated from schema/*.schema.json by scripts/build.ts. Do not edit.';
const rString = (s: string): string => JSON.stringify(s);
const sqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** load/pandas.json: per table, read_csv's dtype (dates left out) and parse_dates. */
export function pandasSpec(models: TableModel[]): string {
  const spec = Object.fromEntries(
    models.map((m) => [
      m.name,
      {
        dtype: Object.fromEntries(m.columns.filter((c) => c.type !== 'date').map((c) => [c.name, PANDAS[c.type]])),
        parse_dates: m.columns.filter((c) => c.type === 'date').map((c) => c.name),
      },
    ]),
  );
  return jsonText({ $comment: GENERATED, ...spec });
}

/** load/readr.R: a list col_types with one readr::cols() per table, naming every column. */
export function readrSpec(models: TableModel[]): string {
  const tables = models.map((m) => `  ${m.name} = readr::cols(\n${m.columns.map((c) => `    ${rString(c.name)} = readr::${READR[c.type]}`).join(',\n')}\n  )`);
  return `# ${GENERATED}\n# Column types of every table: read_csv(path, col_types = col_types$events, na = "")\ncol_types <- list(\n${tables.join(',\n')}\n)\n`;
}

/** load/duckdb.sql: one view per table over its CSV, every column typed; paths relative to dist/ or the unzipped release. */
export function duckdbSpec(models: TableModel[]): string {
  const views = models.map(
    (m) =>
      `CREATE OR REPLACE VIEW ${m.name} AS SELECT * FROM read_csv(${sqlString(`csv/${m.name}.csv`)}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = {${m.columns.map((c) => `${sqlString(c.name)}: ${sqlString(DUCKDB[c.type])}`).join(', ')}});`,
  );
  return `-- ${GENERATED}\n-- Run from dist/ or the unzipped release folder (duckdb -init load/duckdb.sql): one typed view per table.\n${views.join('\n')}\n`;
}

export function exportLoadSpecs(out: Output, models: TableModel[]): void {
  out.set('load/pandas.json', pandasSpec(models));
  out.set('load/readr.R', readrSpec(models));
  out.set('load/duckdb.sql', duckdbSpec(models));
}
