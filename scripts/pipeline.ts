import { groupBy } from './group-by.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSchemas, type Schemas } from './load/read-schemas.js';
import { readRecords, type LoadedRecord } from './load/read-records.js';
import { validateRecords } from './validate/validate-records.js';
import { checkIds } from './check/check-ids.js';
import { checkLinks } from './check/check-links.js';
import { checkChronology } from './check/check-chronology.js';
import { checkClauses } from './check/check-clauses.js';
import { buildTableModels, type TableModel } from './model/table-model.js';
import { tableRows, type Row } from './model/table-rows.js';
import { atopTables } from './model/atop-tables.js';
import { exportJson, tableJson } from './export/export-json.js';
import { exportCsv } from './export/export-csv.js';
import { exportParquet } from './export/export-parquet.js';
import { exportDatapackage } from './export/export-datapackage.js';
import { generateTypes } from './export/export-types.js';
import { exportEntryPoints } from './export/export-entry-points.js';
import { jsonText, type Meta, type Output } from './export/output.js';
import { renderCodebook } from './export/export-codebook.js';
import { exportJsonLd } from './export/export-jsonld.js';
import { exportFigures } from './export/export-figures.js';
import { renderBibtex, renderCitationCff } from './export/export-citation.js';
import { sortProblems, type Problem } from './problem.js';

export interface BuildResult {
  problems: Problem[];
  models: TableModel[];
  records: LoadedRecord[];
}

export interface BuildOutputs {
  /** Receives every file of dist/. */
  dist: Output;
  /** Receives the generated documents at the project root (CODEBOOK.md, CITATION.cff). */
  docs: Output;
}

const idOf = (r: LoadedRecord): string => String((r.data as { id?: unknown } | null)?.id ?? '');
const compareIds = (a: LoadedRecord, b: LoadedRecord): number => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);

export function readMeta(root: string): Meta {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return { name: pkg.name, version: pkg.version, description: pkg.description, license: pkg.license, keywords: pkg.keywords ?? [] };
}

export interface Checked {
  problems: Problem[];
  /** Records that passed their schema, in id order. */
  valid: LoadedRecord[];
  /** The same records by table. */
  byTable: Map<string, LoadedRecord[]>;
  rowsOf: Map<string, Row[]>;
}

/**
 * validate -> check ids, links, dates and numbering, on records already in memory. Never throws on
 * bad data: whatever is wrong comes back as problems.
 */
export function checkRecords(schemas: Schemas, models: TableModel[], records: LoadedRecord[]): Checked {
  const problems = validateRecords(schemas, records);
  // Later checks read record shapes, so they see only records that passed the schema.
  const invalid = new Set(problems.map((p) => p.file));
  // Id order everywhere downstream (file-name order differs: "dprk-mfa.json" sorts before "dprk.json").
  const valid = records.filter((r) => !invalid.has(r.file)).sort((a, b) => compareIds(a, b));
  problems.push(...checkIds(valid));
  const byTable = groupBy(valid, (r) => r.table);
  const rowsOf = new Map<string, Row[]>(models.map((m) => [m.name, tableRows(m, byTable.get(m.recordTable) ?? [])]));
  problems.push(...checkLinks(models, rowsOf, records));
  problems.push(...checkChronology(valid));
  problems.push(...checkClauses(valid));
  return { problems, valid, byTable, rowsOf };
}

/** load -> validate -> check links and dates -> export. Exports only when there is no problem at all. */
export async function buildDataset(root: string, outputs: BuildOutputs): Promise<BuildResult> {
  const schemas = readSchemas(join(root, 'schema'));
  const models = buildTableModels(schemas);
  const loaded = readRecords(root, schemas.tables.map((t) => t.table));
  const { problems, valid, byTable, rowsOf } = checkRecords(schemas, models, loaded.records);
  problems.unshift(...loaded.problems);
  if (problems.length > 0) return { problems: sortProblems(problems), models, records: loaded.records };

  const meta = readMeta(root);
  // Derived ATOP views join the exported tables (CSV, datapackage, codebook) like any other.
  const atop = atopTables(models, valid);
  const exported = [...models, ...atop.models];
  for (const [name, rows] of atop.rows) rowsOf.set(name, rows);
  const tables = new Map<string, unknown[]>();
  for (const t of schemas.tables) {
    tables.set(t.table, (byTable.get(t.table) ?? []).map((r) => r.data));
  }
  const output = outputs.dist;
  const tableTexts = new Map([...tables].map(([name, records]) => [name, tableJson(records)]));
  exportJson(output, meta, tableTexts);
  exportCsv(output, exported, rowsOf);
  exportParquet(output, exported, rowsOf, `${meta.name} ${meta.version}`);
  exportDatapackage(output, meta, exported);
  exportEntryPoints(output, meta, schemas, await generateTypes(schemas), tableTexts);
  for (const [file, schema] of schemas.all) output.set(`schema/${file}`, jsonText(schema));
  output.set('citation.bib', renderBibtex(meta));
  const events = (tables.get('events') ?? []) as { date: { value: string } }[];
  const states = ((tables.get('parties') ?? []) as { kind: string; name: string }[]).filter((p) => p.kind === 'state').map((p) => p.name);
  exportJsonLd(output, meta, exported, events.map((e) => e.date.value), states);
  const topicColumn = models.find((m) => m.name === 'clause_topics')?.columns.find((c) => c.name === 'topic');
  exportFigures(output, tables, topicColumn?.enum ?? []);
  outputs.docs.set('CODEBOOK.md', renderCodebook(meta, exported));
  outputs.docs.set('CITATION.cff', renderCitationCff(meta, meta.keywords));
  return { problems: [], models, records: valid };
}
