import { parse } from 'csv-parse/sync';
import { CSV_LINE_END, csvLine } from '../export/export-csv.js';

/**
 * A cell a spreadsheet would run as a formula: it starts with = + - @, a tab or a carriage return
 * (OWASP, "CSV Injection"). A plain number such as -3 or -0.5 is not: Excel reads it as that number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A cell as the Excel copy holds it: a formula-like cell gets a leading ' so it shows as text. */
export const excelCell = (cell: string): string => (FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell);

const BOM = '\uFEFF';

/**
 * The Excel-ready copy of a CSV: every formula-like cell neutralised (the build refuses such text
 * already; the release does not rely on that), written back with the build's own CSV writer, with a
 * byte-order mark so that Excel reads UTF-8 (Cyrillic and Hangul) correctly.
 */
export function excelCopy(csv: string): string {
  const rows = parse(csv, { bom: true, relax_column_count: true }) as string[][];
  return BOM + rows.map((cells) => csvLine(cells.map(excelCell)) + CSV_LINE_END).join('');
}
