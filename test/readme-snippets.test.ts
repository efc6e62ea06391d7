import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSchemas } from '../scripts/load/read-schemas.js';
import { ROOT } from './support/project.js';
import { unzippedBundle } from './support/bundle.js';
import { python, rscript, run } from './support/tools.js';

/**
 * The pandas, R and DuckDB snippets of the repository's README (run from the repository) and of the
 * release's README (run from the unzipped release), as written. Each interpreter starts once.
 */
const blocks = (readme: string, lang: string) => [...readme.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);
let bundle: string;
let snippets: { where: string; cwd: string; readme: string }[];
beforeAll(() => {
  bundle = unzippedBundle();
  snippets = [
    { where: 'README.md', cwd: ROOT, readme: readFileSync(join(ROOT, 'README.md'), 'utf8') },
    { where: 'the release README', cwd: bundle, readme: strFromU8(readFileSync(join(bundle, 'README.md'))) },
  ];
});
afterAll(() => rmSync(dirname(bundle), { recursive: true, force: true }));

describe('README snippets run', () => {
  it('both READMEs have snippets for python, r and sql', () => {
    for (const s of snippets) for (const lang of ['python', 'r', 'sql']) expect(blocks(s.readme, lang).length, `${s.where} ${lang}`).toBeGreaterThan(0);
  });

  it('python (pandas): every column typed', () => {
    const jobs = snippets.flatMap((s) => blocks(s.readme, 'python').map((code) => ({ where: s.where, cwd: s.cwd, code })));
    const script = `
import json, os, sys
out = []
for job in json.loads(sys.argv[1]):
    os.chdir(job["cwd"])
    ns = {}
    exec(job["code"], ns)
    ev = ns["events"]
    out.append({"where": job["where"], "events": len(ev), "who": len(ns["who"]), "date_earliest": str(ev["date_earliest"].dtype), "vote_for": str(ev["vote_for"].dtype), "date": str(ev["date"].dtype)})
print(json.dumps(out))
`;
    const got = JSON.parse(run(python(), ['-c', script, JSON.stringify(jobs)]));
    expect(got.length).toBe(jobs.length);
    for (const g of got) {
      expect(g.events, g.where).toBeGreaterThan(0);
      expect(g.who, g.where).toBeGreaterThan(0);
      expect([g.date_earliest, g.vote_for, g.date], g.where).toEqual(['datetime64[ns]', 'Int64', 'string']);
    }
  });

  it('r (readr): every date column typed', () => {
    const jobs = snippets.flatMap((s) => blocks(s.readme, 'r').map((code) => ({ where: s.where, cwd: s.cwd, code })));
    const script = `
suppressMessages(library(jsonlite))
jobs <- fromJSON(commandArgs(trailingOnly = TRUE)[1], simplifyVector = FALSE)
out <- list()
for (job in jobs) {
  setwd(job$cwd)
  env <- new.env()
  suppressMessages(eval(parse(text = job$code), envir = env))
  out[[length(out) + 1]] <- list(where = job$where, events = nrow(env$events), sources = nrow(env$sources),
    date = class(env$events$date)[1], end_date = class(env$events$end_date)[1], date_earliest = class(env$events$date_earliest)[1], vote_for = class(env$events$vote_for)[1])
}
cat(toJSON(out, auto_unbox = TRUE))
`;
    const got = JSON.parse(run(rscript(), ['-e', script, JSON.stringify(jobs)]));
    expect(got.length).toBe(jobs.length);
    for (const g of got) {
      expect(g.events, g.where).toBeGreaterThan(0);
      expect(g.sources, g.where).toBeGreaterThan(0);
      // Partial dates are text, all alike; their bounds are dates.
      expect([g.date, g.end_date, g.date_earliest, g.vote_for], g.where).toEqual(['character', 'character', 'Date', 'integer']);
    }
  });

  it("sql (DuckDB), from the CSVs and from the release's Parquet files; the ratification chain is exactly that", async () => {
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    // The snippets use paths relative to the repository or to the unzipped release, as a reader would.
    await connection.run(`SET file_search_path = '${ROOT},${join(ROOT, 'dist')},${bundle}'`);
    // The chain as the schema declares it (x-groups), the one place it is written; its steps happened in that order.
    const chain = [...readSchemas(join(ROOT, 'schema')).groups.get('ratification-chain')!];
    for (const s of snippets) {
      for (const code of blocks(s.readme, 'sql')) {
        // DuckDB's command line reads a script with .read; the API is given the script itself.
        const script = code.replace(/^\.read (\S+)$/m, (_, path: string) =>
          readFileSync([join(s.cwd, path), join(ROOT, 'dist', path)].find(existsSync)!, 'utf8'),
        );
        const result = await connection.runAndReadAll(script);
        const rows = result.getRowObjectsJson();
        expect(rows.length, code).toBeGreaterThan(0);
        if (/ratification chain/.test(code)) {
          expect(
            rows.map((r) => r.type),
            s.where,
          ).toEqual(chain);
          expect(result.columnTypes()[result.columnNames().indexOf('date_earliest')]!.toString(), s.where).toBe('DATE');
        }
      }
    }
  });
});
