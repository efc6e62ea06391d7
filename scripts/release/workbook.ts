import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { authorNames, licenceWords, type Meta } from '../load/read-meta.js';
import { renderCitationText } from '../export/export-citation.js';
import { workbookParts, type Cell, type Sheet } from './xlsx/spreadsheet-ml.js';
import { sheetNames } from './xlsx/sheet-names.js';

/** A table as datapackage.json describes it: the table model's columns with their types. */
interface Resource {
  name: string;
  path: string;
  description: string;
  schema: { fields: { name: string; type: string; description?: string }[] };
}

/** The first day Excel shows as itself from the serial day excelSerial() writes. */
const FIRST_EXACT_EXCEL_DATE = '1900-03-01';

/**
 * One cell of a CSV value, typed by its column: full dates as dates (from 1 March 1900), integers and numbers as numbers,
 * booleans as booleans, everything else as text (ids, codes written as text such as ISO 3166 numeric
 * "008", and partial dates such as "2024-11", which a spreadsheet would otherwise turn into a day).
 */
export function typedCell(type: string, value: string): Cell {
  if (value === '') return null;
  // Excel counts days from 1900 and believes 1900-02-29 existed: a day before 1 March 1900 would show a
  // day late, or as #### before 1900. Such a date is kept as text, as it is written.
  if (type === 'date') return value >= FIRST_EXACT_EXCEL_DATE ? { date: value } : { text: value };
  if (type === 'integer' || type === 'number') return { number: Number(value) };
  if (type === 'boolean') return { boolean: value === 'true' };
  return { text: value };
}

const displayLength = (cell: Cell): number =>
  cell === null ? 0 : 'text' in cell ? cell.text.length : 'date' in cell ? 10 : 'number' in cell ? String(cell.number).length : 5;
/** Wide enough for the header and most values, never wider than a screen's third. */
const width = (column: Cell[]): number => Math.min(50, Math.max(8, ...column.map(displayLength)) + 2);

function tableSheet(name: string, resource: Resource, csv: string): Sheet {
  const fields = resource.schema.fields;
  const records: string[][] = parse(csv, { relax_column_count: false });
  const [header, ...body] = records;
  if (!header || header.join() !== fields.map((f) => f.name).join()) throw new Error(`${resource.path}: its header is not the columns datapackage.json lists`);
  const rows: Cell[][] = [header.map((h) => ({ text: h, bold: true })), ...body.map((r) => r.map((v, i) => typedCell(fields[i]!.type, v)))];
  return { name, rows, widths: fields.map((_, i) => width(rows.map((r) => r[i] ?? null))), header: true };
}

const label = (text: string): Cell => ({ text, bold: true, wrap: true });
const para = (text: string): Cell => ({ text, wrap: true });

function aboutSheet(meta: Meta, resources: Resource[], names: Map<string, string>, rowCounts: Map<string, number>): Sheet {
  const rows: Cell[][] = [
    [label(`${meta.name} ${meta.version}`), para(meta.description)],
    [label('Version'), para(`${meta.version}${meta.released ? `, released ${meta.released}` : ' (unreleased)'}`)],
    [label('Licence'), para(`${licenceWords(meta)}. SPDX ${meta.license}. Quoted treaty text and quoted statements remain their authors'.`)],
    [label('Cite as'), para(renderCitationText(meta))],
    [label('Cite one fact'), para('The version and the record id, e.g. "…, record csp-2024-ru-law-signed". Ids are never reused.')],
    [
      label('Dates'),
      para(
        'A date is written with only the precision known: 2024, 2024-11 or 2024-11-09, kept as text so that a spreadsheet cannot turn "2024-11" into 1 November 2024. Beside every such column x, x_precision says year, month or day, and x_earliest and x_latest hold the first and last day it can fall on, as real dates: sort and filter on those. Dates are the local date where the act took place (Pyongyang UTC+9, Moscow UTC+3).',
      ),
    ],
    [
      label('Cell types'),
      para(
        'Full dates are dates; counts, ordinals and the COW, Gleditsch–Ward and ATOP codes are numbers (as those datasets publish them); ids and every other code (ISO 3166, Wikidata) are text. An empty cell is a missing value, never 0.',
      ),
    ],
    [
      label('Sheets'),
      para(
        "One sheet per table of the CSV release, with the same columns in the same order. Sheet names are at most 31 characters, so long table names are shortened; the list below gives each table's full name. Columns are described in CODEBOOK.md.",
      ),
    ],
    [],
    [label('sheet'), label('table (csv/<table>.csv)'), label('rows'), label('one row is')],
    ...resources.map((r) => [{ text: names.get(r.name)! }, { text: r.name }, { number: rowCounts.get(r.name)! }, para(r.description)] as Cell[]),
  ];
  return { name: 'About', rows, widths: [34, 46, 8, 90], header: false };
}

/**
 * The release's Excel workbook: an About sheet, then one sheet per table of datapackage.json, each
 * typed from the table model's column types. Same dist/, same bytes (see spreadsheet-ml.ts).
 */
export function datasetWorkbook(root: string, meta: Meta): Map<string, Uint8Array> {
  const dp = JSON.parse(readFileSync(join(root, 'dist', 'datapackage.json'), 'utf8')) as { resources: Resource[] };
  const names = sheetNames(dp.resources.map((r) => r.name));
  const sheets = dp.resources.map((r) => tableSheet(names.get(r.name)!, r, readFileSync(join(root, 'dist', r.path), 'utf8')));
  const rowCounts = new Map(dp.resources.map((r, i) => [r.name, sheets[i]!.rows.length - 1]));
  return workbookParts([aboutSheet(meta, dp.resources, names, rowCounts), ...sheets], {
    title: `${meta.name} ${meta.version}`,
    creator: authorNames(meta),
  });
}
