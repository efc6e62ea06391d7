import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMeta } from '../scripts/load/read-meta.js';
import { datasetWorkbook, typedCell } from '../scripts/release/workbook.js';
import { reproducibleZip } from '../scripts/release/reproducible-zip.js';
import { sheetNames } from '../scripts/release/xlsx/sheet-names.js';
import { columnName, excelSerial, workbookParts } from '../scripts/release/xlsx/spreadsheet-ml.js';
import { ROOT, readJson } from './support/project.js';
import { python, soffice } from './support/tools.js';

/**
 * The release's Excel workbook, read back by two readers that share no code with the writer:
 * openpyxl (through pandas too) and LibreOffice headless. Each is started once for the whole file.
 */
const dp = readJson(join(ROOT, 'dist', 'datapackage.json'));
const names = sheetNames(dp.resources.map((r: any) => r.name));
const csvRows = (path: string): string[][] => parse(readFileSync(path));
let dir: string;
let xlsx: string;
let bytes: Uint8Array;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dprk-workbook-'));
  xlsx = join(dir, 'dataset.xlsx');
  bytes = reproducibleZip(datasetWorkbook(ROOT, readMeta(ROOT)));
  writeFileSync(xlsx, bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the xlsx writer', () => {
  it('names columns and dates as Excel does', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(excelSerial('2024-06-19')).toBe(45462);
    // Years 0-99 are those years, not 1900-1999 (as Date.UTC would read them).
    expect(excelSerial('0100-01-01') - excelSerial('0099-12-31')).toBe(1);
  });

  it('writes a date Excel cannot show as itself (before 1 March 1900) as text, never as a serial day shown wrong', () => {
    // Excel believes 1900-02-29 existed: serial 60 shows as that day, and a negative serial as ####.
    expect(excelSerial('1900-02-28')).toBe(60);
    expect(typedCell('date', '1884-07-07')).toEqual({ text: '1884-07-07' });
    expect(typedCell('date', '1900-02-28')).toEqual({ text: '1900-02-28' });
    expect(typedCell('date', '1900-03-01')).toEqual({ date: '1900-03-01' });
    expect(typedCell('date', '2024-06-19')).toEqual({ date: '2024-06-19' });
  });

  it('gives every table a unique sheet name of at most 31 characters', () => {
    const all = [...names.values()];
    expect(all.every((n) => n.length <= 31 && !/[[\]:*?/\\]/.test(n))).toBe(true);
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(all.length);
    expect(sheetNames(['a_b', 'a_b'])).toEqual(new Map([['a_b', 'a_b~2']]));
  });

  it('keeps formula-like text as text: an inline string is never evaluated', () => {
    const parts = workbookParts([{ name: 'x', rows: [[{ text: '=HYPERLINK("x")' }, { text: ' lead' }]], widths: [8, 8], header: false }], {
      title: 't',
      creator: 'c',
    });
    const xml = new TextDecoder().decode(parts.get('xl/worksheets/sheet1.xml'));
    expect(xml).toContain('<c r="A1" t="inlineStr"><is><t>=HYPERLINK(&quot;x&quot;)</t></is></c>');
    expect(xml).toContain('<t xml:space="preserve"> lead</t>');
    expect(xml).not.toContain('<f>');
  });

  it('writes the same bytes every time', () => {
    expect(Buffer.from(reproducibleZip(datasetWorkbook(ROOT, readMeta(ROOT)))).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('read back by openpyxl and pandas', () => {
  let got: any;
  beforeAll(() => {
    const script = `
import json, sys, datetime, openpyxl, pandas as pd
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "tables": {}}
for ws in wb.worksheets[1:]:
    header = [c.value for c in ws[1]]
    kinds = {h: sorted({("date" if c.is_date else c.data_type) for c in col[1:] if c.value is not None}) for h, col in zip(header, ws.iter_cols())}
    out["tables"][ws.title] = {"header": header, "bold": all(c.font.b for c in ws[1]), "freeze": ws.freeze_panes,
        "widths": [ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i in range(len(header))],
        "kinds": kinds, "rows": ws.max_row - 1}
about = wb["About"]
out["about"] = [[c.value for c in row][:2] for row in about.iter_rows(max_row=8)]
frames = pd.read_excel(sys.argv[1], sheet_name=None, keep_default_na=False, na_values=[""])
out["pandas_rows"] = {k: len(v) for k, v in frames.items()}
print(json.dumps(out, default=str))
`;
    got = JSON.parse(execFileSync(python(), ['-c', script, xlsx], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  }, 60_000);

  it('has an About sheet first, then one sheet per table in the datapackage order', () => {
    expect(got.sheets).toEqual(['About', ...dp.resources.map((r: any) => names.get(r.name))]);
    const about = Object.fromEntries(got.about.map((r: string[]) => r));
    for (const key of ['Version', 'Licence', 'Cite as', 'Dates']) expect(about[key], key).toBeTruthy();
    expect(about.Dates).toMatch(/2024-11/);
    expect(about['Cite as']).toContain(readJson(join(ROOT, 'package.json')).version);
  });

  it('types every cell by its column: dates as dates, numbers as numbers, booleans, the rest as text', () => {
    const kind: Record<string, string> = { date: 'date', integer: 'n', number: 'n', boolean: 'b', string: 's' };
    for (const r of dp.resources) {
      const sheet = got.tables[names.get(r.name)!];
      expect(sheet.header, r.name).toEqual(r.schema.fields.map((f: any) => f.name));
      for (const f of r.schema.fields) {
        for (const k of sheet.kinds[f.name]) expect(k, `${r.name}.${f.name}`).toBe(kind[f.type]);
      }
    }
    // The cases a spreadsheet gets wrong from a CSV: month dates and codes with leading zeros stay text.
    expect(got.tables.events.kinds.date).toEqual(['s']);
    expect(got.tables.parties.kinds.iso3166_numeric).toEqual(['s']);
    expect(got.tables.events.kinds.date_earliest).toEqual(['date']);
    expect(got.tables.events.kinds.vote_for).toEqual(['n']);
  });

  it("freezes and bolds the header row and sets every column's width", () => {
    for (const [name, sheet] of Object.entries<any>(got.tables)) {
      expect(sheet.freeze, name).toBe('A2');
      expect(sheet.bold, name).toBe(true);
      for (const w of sheet.widths) expect(w, name).toBeGreaterThanOrEqual(8);
    }
  });

  it('has as many rows in every sheet as its CSV, in openpyxl and in pandas', () => {
    for (const r of dp.resources) {
      const n = csvRows(join(ROOT, 'dist', r.path)).length - 1;
      expect(got.tables[names.get(r.name)!].rows, r.name).toBe(n);
      expect(got.pandas_rows[names.get(r.name)!], r.name).toBe(n);
    }
  });
});

describe('read back by LibreOffice', () => {
  it('shows every sheet with the values of its CSV (dates as YYYY-MM-DD, month dates untouched)', () => {
    const out = join(dir, 'lo');
    // Token 12 = -1: one CSV per sheet; token 9 = true: cells as shown (so a date cell reads as its format shows it).
    execFileSync(
      soffice(),
      [
        '--headless',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        out,
        xlsx,
      ],
      { stdio: 'ignore', timeout: 60_000 },
    );
    const files = readdirSync(out);
    expect(files.length).toBe(dp.resources.length + 1);
    for (const r of dp.resources) {
      const shown = csvRows(join(out, `dataset-${names.get(r.name)}.csv`)).map((row) => row.map((v) => (v === 'TRUE' ? 'true' : v === 'FALSE' ? 'false' : v)));
      expect(shown, r.name).toEqual(csvRows(join(ROOT, 'dist', r.path)));
    }
  }, 60_000);
});
