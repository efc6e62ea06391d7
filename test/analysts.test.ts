import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ROOT, readJson } from './support/project.js';

/**
 * The CSVs as analysts load them: pandas and R's readr (installed by .ci/run from Debian), with the
 * date columns the datapackage declares parsed as dates. Row counts must equal the JSON's.
 */
const dp = readJson(join(ROOT, 'dist', 'datapackage.json'));
const dataset = readJson(join(ROOT, 'dist', 'json', 'dataset.json'));
const expected: Record<string, number> = {};
for (const r of dp.resources) {
  expected[r.name] = r.name in dataset.tables
    ? dataset.tables[r.name].length
    : parse(readFileSync(join(ROOT, 'dist', r.path)), { columns: true }).length;
}
const dateColumns = Object.fromEntries(dp.resources.map((r: any) => [r.name, r.schema.fields.filter((f: any) => f.type === 'date').map((f: any) => f.name)]));

describe('analysts can load every CSV', () => {
  it('in pandas, with dates parsed', () => {
    const script = `
import json, sys, pandas as pd
spec = json.loads(sys.argv[1])
out = {}
for name, dates in spec.items():
    df = pd.read_csv(f"dist/csv/{name}.csv", parse_dates=dates, keep_default_na=False, na_values=[""])
    for d in dates if len(df) else []:
        assert str(df[d].dtype).startswith("datetime64"), (name, d, df[d].dtype)
    out[name] = len(df)
print(json.dumps(out))
`;
    const out = execFileSync('/usr/bin/python3', ['-c', script, JSON.stringify(dateColumns)], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(expected);
  });

  it('in R with readr, with dates parsed', () => {
    const script = `
suppressMessages({ library(readr); library(jsonlite) })
spec <- fromJSON(commandArgs(trailingOnly = TRUE)[1], simplifyVector = FALSE)
out <- list()
for (name in names(spec)) {
  dates <- unlist(spec[[name]])
  types <- if (length(dates) > 0) do.call(cols, setNames(rep(list(col_date()), length(dates)), dates)) else cols()
  df <- read_csv(file.path("dist/csv", paste0(name, ".csv")), col_types = types, na = "", progress = FALSE, show_col_types = FALSE)
  stopifnot(nrow(problems(df)) == 0)
  for (d in dates) stopifnot(inherits(df[[d]], "Date"))
  out[[name]] <- nrow(df)
}
cat(toJSON(out, auto_unbox = TRUE))
`;
    const out = execFileSync('Rscript', ['-e', script, JSON.stringify(dateColumns)], { cwd: ROOT, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(expected);
  });
});
