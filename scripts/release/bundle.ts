import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { readMeta } from '../pipeline.js';
import { parquetFiles } from './parquet-files.js';

/** A fixed timestamp, so the same dist/ always zips to the same bytes. */
const EPOCH = new Date('1980-01-01T00:00:00Z');
const BOM = '\uFEFF';

/**
 * The versioned download: the CSVs, an Excel-ready copy of them (UTF-8 with a byte-order mark, so
 * Excel shows Cyrillic and Hangul correctly), a Parquet file per table, datapackage.json, the
 * codebook, citation files and licence.
 */
export function buildBundle(root: string): { name: string; bytes: Uint8Array } {
  const { name, version } = readMeta(root);
  const folder = `${name}-${version}`;
  const files: Zippable = {};
  const add = (path: string, data: Uint8Array) => { files[`${folder}/${path}`] = [data, { mtime: EPOCH }]; };
  const csvDir = join(root, 'dist', 'csv');
  for (const file of readdirSync(csvDir).sort()) {
    const text = readFileSync(join(csvDir, file), 'utf8');
    add(`csv/${file}`, strToU8(text));
    add(`csv-excel/${file}`, strToU8(BOM + text));
  }
  for (const [path, data] of parquetFiles(root, `${name} ${version}`)) add(path, data);
  add('datapackage.json', readFileSync(join(root, 'dist', 'datapackage.json')));
  add('citation.bib', readFileSync(join(root, 'dist', 'citation.bib')));
  for (const doc of ['CODEBOOK.md', 'CITATION.cff', 'LICENSE', 'README.md', 'CHANGELOG.md']) add(doc, readFileSync(join(root, doc)));
  return { name: `${folder}.zip`, bytes: zipSync(files, { level: 9 }) };
}

if (process.argv[1] === import.meta.filename) {
  const root = join(import.meta.dirname, '..', '..');
  const { name, bytes } = buildBundle(root);
  mkdirSync(join(root, 'release'), { recursive: true });
  writeFileSync(join(root, 'release', name), bytes);
  console.log(`release/${name}: ${bytes.length} bytes`);
}
