import type { Column, TableModel } from '../model/table-model.js';
import { workbookName, type Meta } from '../load/read-meta.js';

const esc = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** CODEBOOK.md, written from the schemas' descriptions through the same table model as the CSVs. */
export function renderCodebook(meta: Meta, models: TableModel[], rules: readonly { name: string; description: string }[]): string {
  const lines: string[] = [
    `# Codebook — ${meta.name} ${meta.version}`,
    '',
    '<!-- Generated from schema/*.schema.json by scripts/build.ts. Do not edit. -->',
    '',
    meta.description,
    '',
    '## Conventions',
    '',
    '- **Files.** One CSV per table in `csv/`, UTF-8, comma-separated, RFC 4180 quoting, CRLF line ends, a header row. `datapackage.json` describes the same tables as a Frictionless Data Package; `json/` holds the records as nested JSON. Paths are relative to the unzipped release folder, and to `dist/` in the repository and the npm package (`csv/events.csv` is `dist/csv/events.csv` there). The release also has every table as `parquet/<table>.parquet` and all of them in `' +
      workbookName(meta) +
      '`.',
    '- **Missing values.** An empty cell means the value is absent: not known, not sourced, or not applicable. Nothing is ever written as `NA`, `null` or `0` for missing.',
    '- **Partial dates.** A date is written with only the precision known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Every date column `x` comes with `x_precision` (`year`, `month`, `day`) and with `x_earliest` and `x_latest`, the first and last day it can fall on, which load as dates in pandas, R, DuckDB and spreadsheets. A date is the local date where the act took place (Pyongyang UTC+9, Moscow UTC+3); `announced` is the local date on which the act was made public, where that was another day.',
    '- **Nested values.** An object inside a record becomes columns joined with `_` (`vote_for`, `date_note`); a property named `value` stands for its object (`date` is `date.value`).',
    '- **Link tables.** Every array becomes a table named `<row>_<path>` with the record id (`<row>_id`), the ordinals of any enclosing array items, and `ordinal` (1-based position). Its primary key is those columns together.',
    '- **Sources.** Every record cites at least one source (`<row>_sources`). Values that need their own support (dates, vote counts, offices) cite sources in their own link table, e.g. `event_date_sources`, optionally with a `locator` and a short verbatim `quote`.',
    '- **Disputes.** Where sources disagree about a value, the record keeps the best-supported value and lists each dissenting value in an `..._alternatives` table with its sources (`..._alternatives_sources`) and a `note` saying why the main value is preferred. Contested assertions between parties are `claims`, with one `claim_positions` row per stated position (who, when, which stance, on what source); the dataset does not decide who is right.',
    "- **Ids.** Lowercase kebab-case, unique across the dataset, never reused; they name the thing, not a fact about it. An id is also its record's file name, so it is never a device name Windows reserves (`con`, `prn`, `aux`, `nul`, `com0`–`com9`, `lpt0`–`lpt9`).",
    '- **Numbers.** Every integer column has a minimum and a maximum within the 32-bit range (the schema states them), so JSON, CSV and Parquet (INT32) hold every value exactly: no rounding, no `1e+21`.',
    '- **Text.** Every text is well-formed Unicode in NFC, one paragraph, with no control or bidirectional-control character and no invisible character at its start or end (rule `text-hygiene`). A quotation has at most 50 words, counted between spaces, by Unicode word segmentation in scripts written without spaces (Chinese, Japanese), and at least one word per 30 characters of any run without a space.',
    '',
    '## ATOP-compatible coding',
    '',
    "`codings` holds each treaty coded in the pledge variables of the Alliance Treaty Obligations and Provisions project (ATOP): `defense`, `offense`, `neutral`, `nonagg`, `consul`, under ATOP's own names. `coder` says who coded it: `this-dataset` (the curators, each value resting on the clauses listed in `coding_values_clauses`, with a note, and `judgement` set where the text leaves the value open) or `atop-project` (ATOP's coding, copied from an ATOP data file for comparison). `atop_provisions.csv` has one row per treaty in ATOP's wide layout with `atopid` and `cow4id`, so the 2024 treaty (which has no ATOP id) can be appended to an ATOP panel; `atop_members.csv` gives the members by Correlates of War code.",
    '',
    "Limits: only the five pledge variables are coded; ATOP's conditions (`conditio`, `active`, `specthrt`, `milcon`, ...) and treaty-form variables (`length`, `speclgth`, `renounce`, ...) are not, because their definitions could not be read from the ATOP codebook. ATOP's values here come from a third-party copy of ATOP 4.01, not yet checked against ATOP 5.1. A value not coded is an empty cell, never 0.",
    '',
    '## Tables',
    '',
    '| table | one row is | primary key |',
    '|---|---|---|',
    ...models.map((m) => `| [\`${m.name}\`](#${m.name}) | ${esc(m.description)} | ${m.primaryKey.map((k) => `\`${k}\``).join(', ')} |`),
    '',
  ];
  for (const m of models) {
    lines.push(
      `### ${m.name}`,
      '',
      esc(m.description),
      '',
      `- File: \`csv/${m.name}.csv\``,
      `- Primary key: ${m.primaryKey.map((k) => `\`${k}\``).join(', ')}`,
    );
    for (const fk of m.foreignKeys) {
      lines.push(`- Foreign key: ${fk.fields.map((f) => `\`${f}\``).join(', ')} → \`${fk.table}\` (${fk.tableFields.map((f) => `\`${f}\``).join(', ')})`);
    }
    lines.push('', '| column | type | required | allowed values | meaning |', '|---|---|---|---|---|');
    for (const c of m.columns) lines.push(`| \`${c.name}\` | ${c.type} | ${c.required ? 'yes' : ''} | ${allowed(c)} | ${esc(c.description)} |`);
    lines.push('');
  }
  lines.push('## Controlled vocabularies', '');
  const seen = new Set<string>();
  for (const m of models) {
    for (const c of m.columns) {
      if (!c.enumDescriptions) continue;
      const key = JSON.stringify(c.enumDescriptions);
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`### ${m.name}.${c.name}`, '', '| value | meaning |', '|---|---|');
      for (const [value, meaning] of Object.entries(c.enumDescriptions)) lines.push(`| \`${value}\` | ${esc(meaning)} |`);
      lines.push('');
    }
  }
  // Generated from each rule's name and description (scripts/check/rules/), so the list cannot fall behind the build.
  lines.push(
    '## Dataset rules',
    '',
    "Beyond each record's schema, the build refuses data that breaks any of these rules (`npm run check` reports each problem with the file, a JSON pointer and the rule's name).",
    '',
    '| rule | what it requires |',
    '|---|---|',
  );
  for (const rule of rules) lines.push(`| \`${rule.name}\` | ${esc(rule.description)} |`);
  return `${lines.join('\n').trimEnd()}\n`;
}

function allowed(c: Column): string {
  if (c.enum) return c.enum.length > 6 ? 'see [vocabulary](#controlled-vocabularies)' : c.enum.map((v) => `\`${v}\``).join(', ');
  if (c.refTable) return `an id of \`${c.refTable}\``;
  if (c.type === 'date') return 'YYYY-MM-DD';
  if (c.partialDate) return 'YYYY, YYYY-MM or YYYY-MM-DD';
  return '';
}
