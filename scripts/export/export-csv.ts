import { stringify } from 'csv-stringify/sync';
import type { TableModel } from '../model/table-model.js';
import type { Cell, Row } from '../model/table-rows.js';
import { TextParts, type Output } from './output.js';

/** RFC 4180 line ends; Frictionless' default dialect says the same. */
export const CSV_LINE_END = '\r\n';

/** A field csv-stringify would quote: it holds the delimiter, the quote or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A field as csv-stringify writes it. csv-stringify quotes and escapes every field that needs it;
 * a plain field is written as it is, which is exactly what csv-stringify would write (a property test
 * holds the two to the same bytes), at a fraction of the per-field cost that dominated the build.
 */
function csvField(value: Cell): string {
  if (typeof value === 'string') return NEEDS_QUOTES.test(value) ? stringify([[value]], { eof: false, record_delimiter: CSV_LINE_END }) : value;
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return value ? 'true' : 'false';
}

/** The header line of a table's CSV, from the columns the model derives from the schema. */
export function csvHeader(model: TableModel): string {
  return stringify([model.columns.map((c) => c.name)], { record_delimiter: CSV_LINE_END });
}

/** One row's CSV line, without its line end. */
export function csvLine(cells: readonly Cell[]): string {
  // Appended, not joined: the line is flattened once, with its neighbours, when its part is encoded.
  let line = cells.length === 0 ? '' : csvField(cells[0]);
  for (let i = 1; i < cells.length; i++) line += `,${csvField(cells[i])}`;
  return line;
}

/** CSV text of lines, each ending with CRLF ('' for none). */
export const csvText = (lines: string[]): string => (lines.length === 0 ? '' : `${lines.join(CSV_LINE_END)}${CSV_LINE_END}`);

/** CSV lines of rows, each ending with CRLF ('' for no rows). */
export const csvLines = (rows: Row[]): string => csvText(rows.map((r) => csvLine(r.cells)));

/**
 * dist/csv/<table>.csv: the header, then one line per row of the table, in record order (events and
 * their link tables in the order the events happened). The lines are encoded as they come (TextParts).
 */
export function exportCsv(out: Output, tables: readonly TableModel[], forEachRow: (model: TableModel, visit: (cells: readonly Cell[]) => void) => void): void {
  for (const model of tables) {
    const text = new TextParts();
    text.write(csvHeader(model));
    writeCsvRows(text, (visit) => forEachRow(model, visit));
    out.set(`csv/${model.name}.csv`, text.bytes());
  }
}

/** Writes a line per row that `rows` visits, each ending with CRLF. */
export function writeCsvRows(text: TextParts, rows: (visit: (cells: readonly Cell[]) => void) => void): void {
  rows((cells) => {
    text.write(csvLine(cells));
    text.write(CSV_LINE_END);
  });
}
