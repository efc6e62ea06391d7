import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse } from 'csv-parse/sync';
// The Frictionless project's own JavaScript library: an independent judge of our descriptor and keys.
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { ROOT, readJson } from './support/project.js';

describe('dist/datapackage.json', () => {
  it('is a valid Frictionless Data Package whose CSVs cast and whose foreign keys all resolve', async () => {
    const dp = await Package.load(join(ROOT, 'dist', 'datapackage.json'));
    expect(dp.errors.map((e: Error) => e.message)).toEqual([]);
    expect(dp.valid).toBe(true);
    const descriptor = readJson(join(ROOT, 'dist', 'datapackage.json'));
    expect(dp.resources.map((r: { name: string }) => r.name)).toEqual(descriptor.resources.map((r: { name: string }) => r.name));
    for (const resource of dp.resources) {
      // relations: true checks every foreign key against the referenced CSV; cast checks every type and constraint.
      const rows = await resource.read({ relations: true, keyed: true });
      const raw =
        readFileSync(join(ROOT, 'dist', resource.descriptor.path), 'utf8')
          .trim()
          .split('\r\n').length - 1;
      expect(rows.length, resource.name).toBe(raw);
    }
  }, 120_000);

  it('has a primary key that is unique in every table', () => {
    const descriptor = readJson(join(ROOT, 'dist', 'datapackage.json'));
    for (const r of descriptor.resources) {
      const text = readFileSync(join(ROOT, 'dist', r.path), 'utf8');
      const rows: Record<string, string>[] = parse(text, { columns: true });
      const keys = rows.map((row) => r.schema.primaryKey.map((k: string) => row[k]).join('\u0000'));
      expect(new Set(keys).size, r.name).toBe(keys.length);
    }
  });
});

describe('CITATION.cff', () => {
  it('is a CFF 1.2.0 dataset citation whose version is the package version', () => {
    const cff = parseYaml(readFileSync(join(ROOT, 'CITATION.cff'), 'utf8'));
    const pkg = readJson(join(ROOT, 'package.json'));
    expect(cff['cff-version']).toBe('1.2.0');
    expect(cff.type).toBe('dataset');
    expect(cff.version).toBe(pkg.version);
    expect(cff.authors.length).toBeGreaterThan(0);
    expect(typeof cff.title).toBe('string');
    expect(typeof cff.message).toBe('string');
  });
});

describe('How to cite', () => {
  it('the README quotes the BibTeX entry the build writes, for the current version', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const bib = readFileSync(join(ROOT, 'dist', 'citation.bib'), 'utf8');
    expect(readme).toContain(bib.trim());
    expect(readme).toContain(`(Version ${readJson(join(ROOT, 'package.json')).version})`);
  });
});
