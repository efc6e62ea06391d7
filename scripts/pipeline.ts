import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupBy } from './group-by.js';
import { readSchemas, type Schemas } from './load/read-schemas.js';
import { listRecords, type RecordListing } from './load/list-records.js';
import type { LoadedRecord } from './load/read-records.js';
import { exportedRecords } from './load/exported-records.js';
import { checkChronology } from './check/check-chronology.js';
import { sharedIds } from './check/check-ids.js';
import { checkClauses } from './check/check-clauses.js';
import { buildTableModels, type TableModel } from './model/table-model.js';
import { atopTables } from './model/atop-tables.js';
import { planChunks } from './chunks/plan-chunks.js';
import { processChunk, processRecords, type ChunkContext, type ChunkResult } from './chunks/process-chunk.js';
import { chunkReader } from './chunks/read-chunks.js';
import { compiled } from './validate/validate-records.js';
import { cachedTypes } from './export/cached-types.js';
import { exportJson, tableJson } from './export/export-json.js';
import { csvLines, exportCsv } from './export/export-csv.js';
import { exportDatapackage } from './export/export-datapackage.js';
import { exportEntryPoints } from './export/export-entry-points.js';
import { jsonText, type Meta, type Output } from './export/output.js';
import { renderCodebook } from './export/export-codebook.js';
import { exportJsonLd } from './export/export-jsonld.js';
import { exportFigures } from './export/export-figures.js';
import { eventsInOrder } from './export/events-in-order.js';
import { renderBibtex, renderCitationCff } from './export/export-citation.js';
import { sortProblems, type Problem } from './problem.js';
import { projectReleaseDate } from './load/release-date.js';

export interface BuildResult {
  problems: Problem[];
  models: TableModel[];
  /** Records per table that passed their schema. */
  counts: Map<string, number>;
}

export interface BuildOutputs {
  /** Receives every file of dist/. */
  dist: Output;
  /** Receives the generated documents at the project root (CODEBOOK.md, CITATION.cff). */
  docs: Output;
}

export interface BuildOptions {
  /** Read and parse the record files on a thread of their own, beside this one's checking and exporting (default true). */
  threads?: boolean;
  /** Records per chunk, the unit of work of a thread (default CHUNK_RECORDS). */
  chunkRecords?: number;
  /** Draw the SVG figures (default true; the benchmark leaves them out). */
  figures?: boolean;
}

export function readMeta(root: string): Meta {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return { name: pkg.name, version: pkg.version, description: pkg.description, license: pkg.license, keywords: pkg.keywords ?? [], released: projectReleaseDate(root, pkg.version) };
}

/** The checks that need more than one chunk: dates across events and treaties, article numbering. */
function crossChunkProblems(results: ChunkResult[]): Problem[] {
  const facts = results.map((r) => r.facts);
  return [
    ...results.flatMap((r) => r.problems),
    ...checkChronology(facts.flatMap((f) => f.events), facts.flatMap((f) => f.treaties)),
    ...checkClauses(facts.flatMap((f) => f.clauses)),
  ];
}

/**
 * validate -> check ids, links, dates and numbering, on records already in memory (each record's
 * file name, its stem, is its id). Never throws on bad data: whatever is wrong comes back as problems.
 */
export function checkRecords(schemas: Schemas, models: TableModel[], records: LoadedRecord[]): { problems: Problem[] } {
  const byTable = groupBy(records, (r) => r.table);
  const byStem = (a: LoadedRecord, b: LoadedRecord) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0);
  const ids = new Map(schemas.tables.map((t) => [t.table, new Set((byTable.get(t.table) ?? []).map((r) => r.stem))]));
  const ctx: ChunkContext = { schemas, models, ids, shared: sharedIds(ids) };
  const results = schemas.tables.map((t) => processRecords(ctx, t.table, [...(byTable.get(t.table) ?? [])].sort(byStem)));
  return { problems: sortProblems(crossChunkProblems(results)) };
}

/** list, then read -> validate -> check ids and links -> serialize, chunk by chunk. */
async function checkChunks(root: string, schemas: Schemas, models: TableModel[], options: BuildOptions): Promise<{ listing: RecordListing; results: ChunkResult[] }> {
  // Started first, so that the reader thread starts up while the files are listed.
  const reader = chunkReader(root, options.threads ?? true);
  try {
    const listing = listRecords(root, schemas.tables.map((t) => t.table));
    const jobs = planChunks(listing, options.chunkRecords);
    const chunks = reader.read(jobs);
    // Done while the reader reads the first chunks.
    const ctx: ChunkContext = { schemas, models, ids: listing.ids, shared: sharedIds(listing.ids) };
    compiled(schemas);
    const results: ChunkResult[] = [];
    for await (const read of chunks) results.push(processChunk(ctx, jobs[read.index]!, read));
    return { listing, results };
  } finally {
    await reader.stop();
  }
}

/**
 * list -> (read -> validate -> check ids and links -> serialize, chunk by chunk) -> checks across
 * chunks -> export. Exports only when there is no problem at all.
 */
export async function buildDataset(root: string, outputs: BuildOutputs, options: BuildOptions = {}): Promise<BuildResult> {
  const schemas = readSchemas(join(root, 'schema'));
  const models = buildTableModels(schemas);
  const { listing, results } = await checkChunks(root, schemas, models, options);
  const problems = [...listing.problems, ...crossChunkProblems(results)];
  const counts = new Map(schemas.tables.map((t) => [t.table, 0]));
  for (const r of results) counts.set(r.table, counts.get(r.table)! + r.valid);
  if (problems.length > 0) return { problems: sortProblems(problems), models, counts };

  const meta = readMeta(root);
  const byTable = groupBy(results, (r) => r.table);
  // Events are exported in the order they happened, not in the id order their chunks were cut in.
  const eventChunks = byTable.get('events');
  if (eventChunks?.length) byTable.set('events', [eventsInOrder(models, eventChunks)]);
  const tableParts = new Map(schemas.tables.map((t) => [t.table, tableJson((byTable.get(t.table) ?? []).map((r) => r.json))]));
  // Derived views (ATOP, figures) read whole tables, parsed back from the checked JSON only if asked for.
  const parsed = new Map<string, LoadedRecord[]>();
  const recordsOf = (table: string): LoadedRecord[] => {
    if (!parsed.has(table)) parsed.set(table, exportedRecords(table, Buffer.concat(tableParts.get(table)!).toString('utf8')));
    return parsed.get(table)!;
  };
  // Derived ATOP views join the exported tables (CSV, datapackage, codebook) like any other.
  const atop = atopTables(models, recordsOf);
  const exported = [...models, ...atop.models];
  const linesOf = new Map<string, Uint8Array[]>(models.map((m) => [m.name, (byTable.get(m.recordTable) ?? []).map((r) => r.csv.get(m.name)!)]));
  for (const [name, rows] of atop.rows) linesOf.set(name, [new TextEncoder().encode(csvLines(rows))]);
  const facts = results.map((r) => r.facts);

  const output = outputs.dist;
  exportJson(output, meta, tableParts);
  exportCsv(output, exported, linesOf);
  exportDatapackage(output, meta, exported);
  exportEntryPoints(output, meta, schemas, await cachedTypes(schemas), [...tableParts.keys()], listing.ids);
  for (const [file, schema] of schemas.all) output.set(`schema/${file}`, jsonText(schema));
  output.set('citation.bib', renderBibtex(meta));
  exportJsonLd(output, meta, exported, facts.flatMap((f) => f.events.map((e) => e.date)), facts.flatMap((f) => f.states));
  if (options.figures ?? true) {
    const topicColumn = models.find((m) => m.name === 'clause_topics')?.columns.find((c) => c.name === 'topic');
    exportFigures(output, (table) => recordsOf(table).map((r) => r.data), topicColumn?.enum ?? []);
  }
  outputs.docs.set('CODEBOOK.md', renderCodebook(meta, exported));
  outputs.docs.set('CITATION.cff', renderCitationCff(meta, meta.keywords));
  return { problems: [], models, counts };
}
