/**
 * A minimal SpreadsheetML (.xlsx) writer: the parts of an Office Open XML workbook, with no
 * timestamps, no shared-strings table (strings are inline) and nothing that depends on the machine,
 * so the same sheets always give the same bytes. Only what the release needs: text, numbers,
 * booleans and dates, a bold frozen header row, column widths, an autofilter and wrapped text.
 */
import { dayNumber } from '../../validate/partial-date.js';

/** One cell. A date is a full calendar date, stored as an Excel serial day shown as YYYY-MM-DD. */
export type Cell = { text: string; bold?: boolean; wrap?: boolean } | { number: number } | { boolean: boolean } | { date: string } | null;

export interface Sheet {
  name: string;
  rows: Cell[][];
  /** Width of each column, in characters. */
  widths: number[];
  /** The first row is a header: frozen while scrolling, with an autofilter. */
  header: boolean;
}

export interface WorkbookProperties {
  title: string;
  creator: string;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

// Characters XML 1.0 cannot hold at all (C0 controls other than tab, newline and carriage return).
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const esc = (s: string): string => s.replace(INVALID, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The most characters Excel keeps in one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Column letters of a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Days since Excel's day 0 (1899-12-30, which absorbs Excel's 1900 leap-year bug for dates after February 1900). */
export function excelSerial(date: string): number {
  return dayNumber(date) + 25_569;
}

// Cell formats (styles.xml cellXfs): 0 plain, 1 bold, 2 date, 3 wrapped, 4 bold and wrapped.
const STYLE_DATE = 2;
const styleOf = (cell: Exclude<Cell, null>): number => {
  if ('date' in cell) return STYLE_DATE;
  if (!('text' in cell)) return 0;
  return cell.bold && cell.wrap ? 4 : cell.wrap ? 3 : cell.bold ? 1 : 0;
};

function cellXml(cell: Cell, ref: string): string {
  if (cell === null) return '';
  const s = styleOf(cell);
  const style = s ? ` s="${s}"` : '';
  if ('number' in cell) return `<c r="${ref}"${style}><v>${cell.number}</v></c>`;
  if ('boolean' in cell) return `<c r="${ref}" t="b"${style}><v>${cell.boolean ? 1 : 0}</v></c>`;
  if ('date' in cell) return `<c r="${ref}"${style}><v>${excelSerial(cell.date)}</v></c>`;
  if (cell.text.length > MAX_CELL_TEXT) throw new Error(`cell ${ref}: ${cell.text.length} characters, more than a spreadsheet cell holds`);
  const space = /^\s|\s$|\n/.test(cell.text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}" t="inlineStr"${style}><is><t${space}>${esc(cell.text)}</t></is></c>`;
}

function sheetXml(sheet: Sheet): string {
  const lastCol = columnName(Math.max(0, sheet.widths.length - 1));
  const view = sheet.header
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const rows = sheet.rows.map((row, r) => `<row r="${r + 1}">${row.map((c, i) => cellXml(c, `${columnName(i)}${r + 1}`)).join('')}</row>`).join('\n');
  const filter = sheet.header && sheet.rows.length > 0 ? `<autoFilter ref="A1:${lastCol}${sheet.rows.length}"/>` : '';
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:${lastCol}${Math.max(1, sheet.rows.length)}"/>${view}<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>\n${rows}\n</sheetData>${filter}</worksheet>\n`;
}

const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}">` +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>\n';

/** Every part of the workbook, path -> bytes, ready to be zipped (in any order). */
export function workbookParts(sheets: Sheet[], props: WorkbookProperties): Map<string, Uint8Array> {
  const utf8 = new TextEncoder();
  const parts = new Map<string, string>();
  parts.set(
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>\n',
  );
  parts.set(
    '_rels/.rels',
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>\n`,
  );
  // No created or modified date: the workbook's bytes must not depend on when it was made.
  parts.set(
    'docProps/core.xml',
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${esc(props.title)}</dc:title><dc:creator>${esc(props.creator)}</dc:creator></cp:coreProperties>\n`,
  );
  parts.set(
    'xl/workbook.xml',
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
      sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
      '</sheets>' +
      (sheets.some((s) => s.header && s.rows.length > 0)
        ? `<definedNames>${sheets.map((s, i) => (s.header && s.rows.length > 0 ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${esc(s.name).replace(/'/g, "''")}'!$A$1:$${columnName(Math.max(0, s.widths.length - 1))}$${s.rows.length}</definedName>` : '')).join('')}</definedNames>`
        : '') +
      '</workbook>\n',
  );
  parts.set(
    'xl/_rels/workbook.xml.rels',
    `${XML}<Relationships xmlns="${PKG_REL}">` +
      sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
      `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>\n`,
  );
  parts.set('xl/styles.xml', STYLES);
  for (const [i, s] of sheets.entries()) parts.set(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s));
  return new Map([...parts].map(([path, text]) => [path, utf8.encode(text)]));
}
