import { licenceWords, workbookName, type Meta } from '../load/read-meta.js';
import { renderCitationText } from '../export/export-citation.js';

interface Resource {
  name: string;
  path: string;
  description: string;
  schema: { primaryKey: string[] };
}

/**
 * README.md of the release zip, written when the zip is made: what the folder holds, with paths
 * relative to it; how to load each format; how to cite; the licence. Its recipes are run from an
 * unzipped release by the tests, so that every path in it exists there. Its query of the ratification
 * chain names the event types of the schema's group (x-groups "ratification-chain"), never a list of its own.
 */
export function renderReleaseReadme(meta: Meta, resources: Resource[], bibtex: string, figures: string[], ratificationChain: readonly string[]): string {
  const main = resources.filter((r) => !r.schema.primaryKey.includes('ordinal'));
  const links = resources.filter((r) => r.schema.primaryKey.includes('ordinal'));
  const released = meta.released ? `released ${meta.released}` : 'not yet released: a preview of the next version';
  return `# ${meta.name} ${meta.version}

${meta.description}

Version ${meta.version}, ${released}. Licences: ${licenceWords(meta)} (see \`LICENSE\`). Every path
below is relative to this folder.

## What is in this folder

| path | what it is |
|---|---|
| \`${workbookName(meta)}\` | Excel workbook: an "About" sheet, then one sheet per table, typed (dates as dates, partial dates and codes as text, counts as numbers) |
| \`csv/<table>.csv\` | every table as CSV: UTF-8, comma-separated, RFC 4180 quoting, CRLF line ends, a header row; an empty cell is a missing value |
| \`parquet/<table>.parquet\` | every table as Parquet, typed (dates as \`DATE\`, integers as \`INT32\`) |
| \`load/pandas.json\`, \`load/readr.R\`, \`load/duckdb.sql\` | the type of every column, for pandas, R's readr and DuckDB (used below) |
| \`datapackage.json\` | Frictionless Data Package: every table, column, type, primary and foreign key |
| \`CODEBOOK.md\` | every table and column explained, and the controlled vocabularies |
${figures.map((f) => `| \`figures/${f}\` | ${f.startsWith('timeline') ? 'figure: the events from the 2024 summit on' : 'figure: which articles of each treaty carry each topic'} |`).join('\n')}
| \`explorer/index.html\` | the explorer: a page per record, treaty and table, with search; opens from disk, no network needed |
| \`CITATION.cff\`, \`citation.bib\` | how to cite (below) |
| \`CHANGELOG.md\`, \`LICENSE\` | what changed in each version; the licences |

The ${main.length} main tables (one row per record, or per treaty for the ATOP views):

| table | one row is |
|---|---|
${main.map((r) => `| \`${r.name}\` | ${r.description.replace(/\|/g, '\\|')} |`).join('\n')}

The other ${links.length} tables are link tables, one row per item of a list in a record, keyed by the record's id
and \`ordinal\`: ${links.map((r) => `\`${r.name}\``).join(', ')}.

**Dates** are written with only the precision known: \`2024\`, \`2024-11\` or \`2024-11-09\`. Beside every
such column \`x\` are \`x_precision\` (\`year\`, \`month\`, \`day\`) and \`x_earliest\` and \`x_latest\`, the first and last
day it can fall on, as full dates: sort and filter on those. Dates are local where the act took place.

## Loading

**Excel, LibreOffice, Numbers, Google Sheets**: open \`${workbookName(meta)}\`. There are no Excel-only copies of the
CSVs: a spreadsheet opening a CSV turns month dates such as \`2024-11\` into a day and, in locales that
use a semicolon as separator, does not split the columns; the workbook has neither problem.

**pandas**: every column typed (codes as \`Int64\`, text as \`string\`, dates as \`datetime64\`):

\`\`\`python
import json, pandas as pd
spec = json.load(open("load/pandas.json"))
def load(table):
    return pd.read_csv(f"csv/{table}.csv", dtype=spec[table]["dtype"], parse_dates=spec[table]["parse_dates"], keep_default_na=False, na_values=[""])
events, participants, parties = load("events"), load("event_participants"), load("parties")
who = participants.merge(parties, left_on="party", right_on="id")
\`\`\`

Keep \`keep_default_na=False\`: otherwise a value such as \`NA\` would be read as missing.

**R (readr)**:

\`\`\`r
library(readr)
source("load/readr.R")  # col_types: every column of every table
events <- read_csv("csv/events.csv", col_types = col_types$events, na = "")
sources <- read_csv("csv/event_sources.csv", col_types = col_types$event_sources, na = "")
\`\`\`

**DuckDB**: \`duckdb -init load/duckdb.sql\` from this folder makes one typed view per table; or query
the Parquet files directly:

\`\`\`sql
-- the 2024 treaty's ratification chain, from signing to entry into force
SELECT id, type, date_earliest
FROM 'parquet/events.parquet'
WHERE treaty = 'csp-2024'
  AND type IN (${ratificationChain.map((type) => `'${type}'`).join(', ')})
ORDER BY date_earliest, order_in_day NULLS LAST, id;
\`\`\`

**Frictionless**: \`datapackage.json\` describes the CSVs (\`frictionless validate datapackage.json\`).

## How to cite

> ${renderCitationText(meta)}

Cite a single fact with the version and the record id (for example \`csp-2024-ru-law-signed\`); ids are
never reused. BibTeX (\`citation.bib\`):

\`\`\`bibtex
${bibtex.trim()}
\`\`\`

## Licence

${licenceWords(meta)}. SPDX \`${meta.license}\`; see \`LICENSE\`. Quoted
treaty text and quoted statements remain their authors'.
`;
}
