import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../scripts/release/bundle.js';
import { ROOT, readJson } from './support/project.js';

describe('the release bundle', () => {
  const { name, bytes } = buildBundle(ROOT);
  const version = readJson(join(ROOT, 'package.json')).version;
  const files = unzipSync(bytes);
  const folder = `dprk-russia-treaty-${version}`;

  it('is named with the version and is byte-for-byte reproducible', () => {
    expect(name).toBe(`${folder}.zip`);
    expect(Buffer.from(buildBundle(ROOT).bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('holds every CSV of the datapackage, the descriptor, codebook, citation and licence', () => {
    const dp = readJson(join(ROOT, 'dist', 'datapackage.json'));
    for (const r of dp.resources) expect(strFromU8(files[`${folder}/${r.path}`]!)).toBe(readFileSync(join(ROOT, 'dist', r.path), 'utf8'));
    for (const doc of ['datapackage.json', 'CODEBOOK.md', 'CITATION.cff', 'citation.bib', 'LICENSE']) expect(files[`${folder}/${doc}`], doc).toBeDefined();
  });

  it('has an Excel-ready copy of each CSV that starts with a UTF-8 byte-order mark', () => {
    const excel = Object.keys(files).filter((f) => f.startsWith(`${folder}/csv-excel/`));
    expect(excel.length).toBe(Object.keys(files).filter((f) => f.startsWith(`${folder}/csv/`)).length);
    for (const f of excel) expect([...files[f]!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
