import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/project.js';
import { unzippedBundle } from './support/bundle.js';

/** The README's pandas, R and DuckDB snippets, run as written against the committed files. */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const blocks = (lang: string) => [...readme.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

describe('README snippets run', () => {
  it('has snippets for python, r and sql', () => {
    for (const lang of ['python', 'r', 'sql']) expect(blocks(lang).length, lang).toBeGreaterThan(0);
  });

  it('python (pandas)', () => {
    for (const code of blocks('python')) {
      const out = execFileSync('/usr/bin/python3', ['-c', `${code}\nprint(len(events), len(who))`], { cwd: ROOT, encoding: 'utf8' });
      expect(out.trim()).toMatch(/^[1-9]\d* [1-9]\d*$/);
    }
  });

  it('r (readr)', () => {
    for (const code of blocks('r')) {
      const out = execFileSync('Rscript', ['-e', `${code}\ncat(nrow(events), nrow(sources))`], { cwd: ROOT, encoding: 'utf8' });
      expect(out.trim()).toMatch(/^[1-9]\d* [1-9]\d*$/);
    }
  });

  it('sql (DuckDB), from the CSVs and from the release bundle\'s Parquet files', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const bundle = unzippedBundle();
    try {
      // The snippets use paths relative to the repository or to the unzipped release, as a reader would.
      await connection.run(`SET file_search_path = '${ROOT},${bundle}'`);
      for (const code of blocks('sql')) {
        const rows = (await connection.runAndReadAll(code)).getRowObjectsJson();
        expect(rows.length, code).toBeGreaterThan(0);
      }
    } finally {
      rmSync(dirname(bundle), { recursive: true, force: true });
    }
  });
});
