import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMeta } from '../load/read-meta.js';
import { parquetFiles } from './parquet-files.js';
import { excelCopy } from './excel-safe.js';
import { reproducibleZip } from './reproducible-zip.js';
import { buildSite } from '../site/build-site.js';

/** One kind of file in the bundle: its paths (inside the bundle's folder) and bytes, made from a built checkout. */
type BundlePart = (root: string, createdBy: string) => Iterable<[string, Uint8Array]>;

const csvNames = (root: string): string[] => readdirSync(join(root, 'dist', 'csv')).filter((f) => f.endsWith('.csv')).sort();
const utf8 = new TextEncoder();

const csvFiles: BundlePart = (root) => csvNames(root).map((f) => [`csv/${f}`, readFileSync(join(root, 'dist', 'csv', f))]);
const excelCsvFiles: BundlePart = (root) => csvNames(root).map((f) => [`csv-excel/${f}`, utf8.encode(excelCopy(readFileSync(join(root, 'dist', 'csv', f), 'utf8')))]);
const parquet: BundlePart = (root, createdBy) => parquetFiles(root, createdBy);
const metadata: BundlePart = (root) => ['datapackage.json', 'citation.bib'].map((f) => [f, readFileSync(join(root, 'dist', f))]);
const documents: BundlePart = (root) => ['CODEBOOK.md', 'CITATION.cff', 'LICENSE', 'README.md', 'CHANGELOG.md'].map((f) => [f, readFileSync(join(root, f))]);
/** The explorer (npm run site): opens from the unzipped folder as explorer/index.html. */
const explorer: BundlePart = (root) => [...buildSite(root)].map(([path, text]) => [`explorer/${path}`, utf8.encode(text)]);

/** What the bundle holds, in this order of concern; a new kind of file is one more part here. */
const PARTS: BundlePart[] = [csvFiles, excelCsvFiles, parquet, metadata, documents, explorer];

/**
 * The versioned download: the CSVs, an Excel-ready copy of them (formulas neutralised, UTF-8 with a
 * byte-order mark), a Parquet file per table, datapackage.json, the codebook, citation files and
 * licence and the explorer, made from dist/ as it is (the command line checks first that dist/ matches data/).
 */
export function buildBundle(root: string): { name: string; bytes: Uint8Array } {
  const { name, version } = readMeta(root);
  const folder = `${name}-${version}`;
  const files = new Map<string, Uint8Array>();
  for (const part of PARTS) for (const [path, bytes] of part(root, `${name} ${version}`)) files.set(`${folder}/${path}`, bytes);
  return { name: `${folder}.zip`, bytes: reproducibleZip(files) };
}
