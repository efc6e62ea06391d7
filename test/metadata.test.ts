import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readMeta } from '../scripts/load/read-meta.js';
import { ROOT, readJson } from './support/project.js';

/** The dataset's metadata is written once (package.json) and every file that describes the dataset says the same. */
const pkg = readJson(join(ROOT, 'package.json'));
const spdx = [...String(pkg.license).matchAll(/[A-Za-z0-9.-]+/g)]
  .map((m) => m[0])
  .filter((id) => !['AND', 'OR', 'WITH'].includes(id))
  .sort();

describe('dataset metadata', () => {
  it("CITATION.cff, datapackage.json and dataset.jsonld give package.json's licences, title and authors", () => {
    const cff = parseYaml(readFileSync(join(ROOT, 'CITATION.cff'), 'utf8'));
    const dp = readJson(join(ROOT, 'dist', 'datapackage.json'));
    const ld = readJson(join(ROOT, 'dist', 'dataset.jsonld'));
    expect([...cff.license].sort()).toEqual(spdx);
    expect(dp.licenses.map((l: { name: string }) => l.name).sort()).toEqual(spdx);
    expect(ld.license.length).toBe(spdx.length);
    for (const title of [cff.title, dp.title, ld.name]) expect(title).toBe(pkg.dataset.title);
    expect(cff.authors.map((a: { name: string }) => a.name)).toEqual(pkg.dataset.authors.map((a: { name: string }) => a.name));
  });

  it('refuses a package.json whose licences disagree with its licence expression', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dprk-meta-'));
    try {
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, dataset: { ...pkg.dataset, licenses: pkg.dataset.licenses.slice(0, 1) } }));
      expect(() => readMeta(dir)).toThrow(/must list the licences of "license"/);
      writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
      expect(
        readMeta(dir)
          .licenses.map((l) => l.name)
          .sort(),
      ).toEqual(spdx);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses, every problem at once, a package.json missing a field an exporter writes or giving it another shape', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dprk-meta-'));
    try {
      const { description: _, ...rest } = pkg;
      const licenses = [{ ...pkg.dataset.licenses[0], title: undefined }, ...pkg.dataset.licenses.slice(1)];
      // Before, this built: CITATION.cff's abstract was "undefined" and the figures' captions read "(; MIT License (code) ...".
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({ ...rest, keywords: 'a, b', dataset: { ...pkg.dataset, title: 7, authors: 'someone', licenses } }),
      );
      expect(() => readMeta(dir)).toThrow(
        "package.json /description: must be a text: the dataset in a sentence (the citation's abstract); package.json /keywords: must be a list of texts; " +
          'package.json /dataset/title: must be a text; package.json /dataset/authors: must be a list of { "name" }; package.json /dataset/licenses/0/title: must be a text',
      );
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...pkg, license: undefined }));
      expect(() => readMeta(dir)).toThrow(/^package\.json \/license: must be an SPDX licence expression/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is stated by no script of its own: licences, authors and the name in the figures, workbook, release README, BibTeX, codebook and explorer come from package.json', () => {
    // A licence or author written into a script is a second copy that a change of package.json would miss.
    const scripts = (readdirSync(join(ROOT, 'scripts'), { recursive: true }) as string[]).filter((f) => /\.(ts|mjs)$/.test(f) && !f.startsWith('bench/'));
    const restated = scripts.flatMap((f) =>
      readFileSync(join(ROOT, 'scripts', f), 'utf8')
        .split('\n')
        .map((line, i) => ({ at: `scripts/${f}:${i + 1}`, line }))
        .filter(
          ({ line }) =>
            /CC[ -]BY|Creative Commons|\bMIT\b|dprk-russia-treaty contributors|npm package dprk-russia-treaty|dprk-russia-treaty\.xlsx/.test(line) &&
            !/^\s*(\/\*|\*|\/\/)/.test(line),
        ),
    );
    expect(restated.map((r) => `${r.at}: ${r.line.trim()}`)).toEqual([]);
  });
});
