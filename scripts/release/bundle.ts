import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMeta, workbookName, type Meta } from '../load/read-meta.js';
import { readSchemas } from '../load/read-schemas.js';
import { outsideData, readTextFile } from '../load/read-raw.mjs';
import { parquetFiles } from './parquet-files.js';
import { reproducibleZip } from './reproducible-zip.js';
import { buildSite } from '../site/build-site.js';
import { datasetWorkbook } from './workbook.js';
import { renderReleaseReadme } from './release-readme.js';

/** One kind of file in the bundle: its paths (inside the bundle's folder) and bytes, made from a built checkout. */
type BundlePart = (root: string, meta: Meta) => Iterable<[string, Uint8Array]>;

const utf8 = new TextEncoder();
const distFolder =
  (sub: string): BundlePart =>
  (root) =>
    readdirSync(join(root, 'dist', sub))
      .sort()
      .map((f) => [`${sub}/${f}`, readFileSync(join(root, 'dist', sub, f))]);

const csvFiles = distFolder('csv');
const loadSpecs = distFolder('load');
const figures = distFolder('figures');
const parquet: BundlePart = (root, meta) => parquetFiles(root, `${meta.name} ${meta.version}`);
const workbook: BundlePart = (root, meta) => [[workbookName(meta), reproducibleZip(datasetWorkbook(root, meta))]];
const metadata: BundlePart = (root) => ['datapackage.json', 'citation.bib'].map((f) => [f, readFileSync(join(root, 'dist', f))]);
/**
 * The documents, read by the rules of record files: a link (LICENSE -> a key elsewhere) or a FIFO in
 * their place is refused in one line, never followed into the zip, never waited on.
 */
const documents: BundlePart = (root) =>
  ['CODEBOOK.md', 'CITATION.cff', 'LICENSE', 'CHANGELOG.md'].map((f) => {
    const read = readTextFile(join(root, f), 4 * 1024 * 1024);
    if (read.problems) throw new Error(`${f} /: ${outsideData(read.problems[0]!.message)}`);
    return [f, utf8.encode(read.text)];
  });
/** The bundle's own README, with paths relative to the unzipped folder (not the repository's README). */
const readme: BundlePart = (root, meta) => {
  const dp = JSON.parse(readFileSync(join(root, 'dist', 'datapackage.json'), 'utf8'));
  const text = renderReleaseReadme(
    meta,
    dp.resources,
    readFileSync(join(root, 'dist', 'citation.bib'), 'utf8'),
    readdirSync(join(root, 'dist', 'figures')).sort(),
    [...(readSchemas(join(root, 'schema')).groups.get('ratification-chain') ?? [])],
  );
  return [['README.md', utf8.encode(text)]];
};
/** The explorer (npm run site): opens from the unzipped folder as explorer/index.html. */
const explorer: BundlePart = (root) => [...buildSite(root)].map(([path, text]) => [`explorer/${path}`, utf8.encode(text)]);

/**
 * What the bundle holds, in this order of concern; a new kind of file is one more part here. No Excel
 * copies of the CSVs: the workbook replaces them (README.md, "Download", says why).
 */
const PARTS: BundlePart[] = [readme, csvFiles, workbook, parquet, loadSpecs, metadata, figures, documents, explorer];

/**
 * The versioned download: its own README, the CSVs, a typed Excel workbook, a Parquet file per table,
 * the column types for pandas, readr and DuckDB, datapackage.json, the figures, the codebook,
 * citation files and licence, and the explorer, made from dist/ as it is (the command line checks
 * first that dist/ matches data/).
 */
export function buildBundle(root: string): { name: string; bytes: Uint8Array } {
  const meta = readMeta(root);
  const folder = `${meta.name}-${meta.version}`;
  const files = new Map<string, Uint8Array>();
  for (const part of PARTS) for (const [path, bytes] of part(root, meta)) files.set(`${folder}/${path}`, bytes);
  return { name: `${folder}.zip`, bytes: reproducibleZip(files) };
}
