import { join } from 'node:path';
import { groupBy } from './group-by.js';
import { readSchemas, type Schemas } from './load/read-schemas.js';
import { listRecords } from './load/list-records.js';
import { readMeta } from './load/read-meta.js';
import { readRecordFiles, type EngineOptions } from './engine/index.js';
import { validateRecords } from './validate/validate-records.js';
import { runRules } from './check/run-rules.js';
import { rules } from './check/rules/index.js';
import { buildTableModels, type TableModel } from './model/table-model.js';
import { referenceFinder } from './model/references.js';
import { modelDataset } from './model/dataset-model.js';
import { compareEvents } from './model/event-order.js';
import { checkTypes, readTypes } from './types/read-types.js';
import { exportJson } from './export/export-json.js';
import { exportCsv } from './export/export-csv.js';
import { exportDatapackage } from './export/export-datapackage.js';
import { exportEntryPoints } from './export/export-entry-points.js';
import { exportLoadSpecs } from './export/export-load-specs.js';
import { jsonText, type Output } from './export/output.js';
import { renderCodebook } from './export/export-codebook.js';
import { exportJsonLd } from './export/export-jsonld.js';
import { exportFigures } from './export/export-figures.js';
import { renderBibtex, renderCitationCff } from './export/export-citation.js';
import { sortProblems, type Problem } from './problem.js';
import type { CheckedRecord, LoadedRecord, Records } from './types/records.js';

/**
 * The build, top to bottom: load -> validate -> check -> model -> export. Each step gets whole
 * records; how files are read fast (threads, chunks) is the engine's business alone (engine/).
 */

export interface BuildOutputs {
  /** Receives every file of dist/. */
  dist: Output;
  /** Receives the generated documents at the project root (CODEBOOK.md, CITATION.cff). */
  docs: Output;
}

export interface BuildOptions extends EngineOptions {
  /** Draw the SVG figures (default true; the benchmark leaves them out). */
  figures?: boolean;
}

/** The dataset, checked: every problem, and the records that passed their schema. */
export interface CheckResult {
  schemas: Schemas;
  models: TableModel[];
  problems: Problem[];
  records: Records;
  /** Records per table that passed their schema. */
  counts: Map<string, number>;
  /** Ids of each table: the names of its record files. */
  ids: Map<string, Set<string>>;
}

export interface BuildResult extends CheckResult {}

/** load -> validate -> check: every problem of the dataset at root, nothing written. */
export async function checkDataset(root: string, options: EngineOptions = {}): Promise<CheckResult> {
  const schemas = readSchemas(join(root, 'schema'));
  const tables = schemas.tables.map((t) => t.table);
  const listing = listRecords(root, tables);
  const loaded = await readRecordFiles(root, listing, options);
  const checked = checkRecords(schemas, loaded.records, listing.ids);
  return { ...checked, ids: listing.ids, problems: sortProblems([...listing.problems, ...loaded.problems, ...checkTypes(schemas), ...checked.problems]) };
}

/**
 * validate -> check, on records already in memory. The ids a reference may name are those of the
 * record files (a file's name is its id), by default the records' own.
 */
export function checkRecords(schemas: Schemas, loaded: LoadedRecord[], ids?: Map<string, Set<string>>): CheckResult {
  const { models, references } = derived(schemas);
  const { valid, problems } = validateRecords(schemas, loaded);
  const idsOf = ids ?? new Map(schemas.tables.map((t) => [t.table, new Set(loaded.filter((r) => r.table === t.table).map((r) => r.stem))]));
  const index = { ids: idsOf, groups: schemas.groups, references };
  problems.push(...runRules(rules, valid, index));
  const records = byTable(schemas, valid);
  const counts = new Map(Object.entries(records).map(([table, list]) => [table, list.length]));
  return { schemas, models, problems: sortProblems(problems), records, counts, ids: idsOf };
}

const derivedOf = new WeakMap<Schemas, { models: TableModel[]; references: ReturnType<typeof referenceFinder> }>();

/** The table models and reference finder of a set of schemas, derived once however often records are checked. */
function derived(schemas: Schemas): { models: TableModel[]; references: ReturnType<typeof referenceFinder> } {
  let d = derivedOf.get(schemas);
  if (!d) {
    const models = buildTableModels(schemas);
    d = { models, references: referenceFinder(models) };
    derivedOf.set(schemas, d);
  }
  return d;
}

/**
 * Valid records by table, every table present, each in id order but events, which are in the order
 * they happened (compareEvents): the one place where the exported order of records is decided.
 */
function byTable(schemas: Schemas, valid: CheckedRecord[]): Records {
  const grouped = groupBy(valid, (r) => r.table);
  const byStem = (a: CheckedRecord, b: CheckedRecord) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0);
  const records = Object.fromEntries(schemas.tables.map((t) => [t.table, (grouped.get(t.table as CheckedRecord['table']) ?? []).sort(byStem)])) as Records;
  if (records.events) records.events.sort((a, b) => compareEvents(a.data, b.data));
  return records;
}

/** check -> model -> export. Exports only when there is no problem at all. */
export async function buildDataset(root: string, outputs: BuildOutputs, options: BuildOptions = {}): Promise<BuildResult> {
  const checked = await checkDataset(root, options);
  if (checked.problems.length > 0) return checked;
  const { schemas, models, records, ids } = checked;
  const meta = readMeta(root);
  const model = modelDataset(models, records);

  const out = outputs.dist;
  exportJson(out, meta, new Map(Object.entries(records)));
  exportCsv(out, model.tables, model.forEachRow);
  exportDatapackage(out, meta, model.tables);
  exportLoadSpecs(out, model.tables);
  exportEntryPoints(out, meta, schemas, readTypes(), Object.keys(records), ids);
  for (const [file, schema] of schemas.all) out.set(`schema/${file}`, jsonText(schema));
  out.set('citation.bib', renderBibtex(meta));
  exportJsonLd(out, meta, model.tables, records);
  if (options.figures ?? true) {
    const topicColumn = models.find((m) => m.name === 'clause_topics')?.columns.find((c) => c.name === 'topic');
    exportFigures(out, records, topicColumn?.enum ?? [], schemas.groups.get('treaty-steps')!);
  }
  outputs.docs.set('CODEBOOK.md', renderCodebook(meta, model.tables, rules));
  outputs.docs.set('CITATION.cff', renderCitationCff(meta));
  return checked;
}
