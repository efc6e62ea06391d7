import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ROOT, readJson } from './support/project.js';
import { python, rscript, run } from './support/tools.js';

/**
 * Every CSV as analysts load it with the generated column types of dist/load/ (pandas, R's readr,
 * DuckDB): every column must come out with the type datapackage.json gives it, and every table with
 * the row count of its CSV. pandas and R are started once each.
 */
const dp = readJson(join(ROOT, 'dist', 'datapackage.json'));
const expected: Record<string, number> = Object.fromEntries(
  dp.resources.map((r: any) => [r.name, parse(readFileSync(join(ROOT, 'dist', r.path)), { columns: true }).length]),
);
const types: Record<string, Record<string, string>> = Object.fromEntries(
  dp.resources.map((r: any) => [r.name, Object.fromEntries(r.schema.fields.map((f: any) => [f.name, f.type]))]),
);

describe('analysts can load every CSV with its columns typed', () => {
  it('in pandas, with dist/load/pandas.json', () => {
    const script = `
import json, pandas as pd
spec = json.load(open("dist/load/pandas.json"))
out = {}
for name in spec:
    if name.startswith("$"): continue
    df = pd.read_csv(f"dist/csv/{name}.csv", dtype=spec[name]["dtype"], parse_dates=spec[name]["parse_dates"], keep_default_na=False, na_values=[""])
    out[name] = {"rows": len(df), "dtypes": {c: str(t) for c, t in df.dtypes.items()}}
print(json.dumps(out))
`;
    const got = JSON.parse(run(python(), ['-c', script], ROOT));
    const pandasType: Record<string, RegExp> = { string: /^string$/, integer: /^Int64$/, number: /^Float64$/, boolean: /^boolean$/, date: /^datetime64/ };
    for (const [name, cols] of Object.entries(types)) {
      expect(got[name].rows, name).toBe(expected[name]);
      // pandas leaves the date columns of an empty table as object: there is nothing to parse.
      for (const [col, type] of Object.entries(cols))
        if (type !== 'date' || expected[name]! > 0) expect(got[name].dtypes[col], `${name}.${col}`).toMatch(pandasType[type]!);
    }
    // A party code "NA" or a month date survive as text; codes are integers, not 710.0.
    expect(got.events.dtypes.date).toBe('string');
    expect(got.parties.dtypes.cow_code).toBe('Int64');
  });

  it('in R with readr, with dist/load/readr.R', () => {
    const script = `
suppressMessages({ library(readr); library(jsonlite) })
source("dist/load/readr.R")
out <- list()
for (name in names(col_types)) {
  df <- read_csv(file.path("dist/csv", paste0(name, ".csv")), col_types = col_types[[name]], na = "", progress = FALSE)
  stopifnot(nrow(problems(df)) == 0)
  out[[name]] <- list(rows = nrow(df), classes = lapply(df, function(x) class(x)[1]))
}
cat(toJSON(out, auto_unbox = TRUE))
`;
    const got = JSON.parse(run(rscript(), ['-e', script], ROOT));
    const rClass: Record<string, string> = { string: 'character', integer: 'integer', number: 'numeric', boolean: 'logical', date: 'Date' };
    for (const [name, cols] of Object.entries(types)) {
      expect(got[name].rows, name).toBe(expected[name]);
      for (const [col, type] of Object.entries(cols)) expect(got[name].classes[col], `${name}.${col}`).toBe(rClass[type]);
    }
  });

  it('in DuckDB, with dist/load/duckdb.sql', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    await connection.run(`SET file_search_path = '${join(ROOT, 'dist')}'`);
    await connection.run(readFileSync(join(ROOT, 'dist', 'load', 'duckdb.sql'), 'utf8'));
    const duckType: Record<string, string> = { string: 'VARCHAR', integer: 'INTEGER', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE' };
    for (const [name, cols] of Object.entries(types)) {
      const described = (await connection.runAndReadAll(`DESCRIBE ${name}`)).getRowObjectsJson();
      expect(Object.fromEntries(described.map((d) => [d.column_name, d.column_type])), name).toEqual(
        Object.fromEntries(Object.entries(cols).map(([c, t]) => [c, duckType[t]])),
      );
      const counted = (await connection.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${name}`)).getRowObjectsJson();
      expect(counted[0]!.n, name).toBe(expected[name]);
    }
  });
});
