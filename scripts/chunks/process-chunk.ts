import type { Schemas } from '../load/read-schemas.js';
import { isProblem, readRecordFile, type LoadedRecord } from '../load/read-records.js';
import { validateRecords } from '../validate/validate-records.js';
import { checkIds } from '../check/check-ids.js';
import { checkLinks } from '../check/check-links.js';
import { datedEvent, treatyDates, type DatedEvent, type TreatyDates } from '../check/check-chronology.js';
import { clauseNumber, type ClauseNumber } from '../check/check-clauses.js';
import type { TableModel } from '../model/table-model.js';
import { tableRows, type Row } from '../model/table-rows.js';
import { csvLines } from '../export/export-csv.js';
import type { Problem } from '../problem.js';
import type { ChunkJob } from './plan-chunks.js';

/** What every chunk is checked and exported against. */
export interface ChunkContext {
  root: string;
  schemas: Schemas;
  models: TableModel[];
  /** Ids of every table, from the listing (a record's file name is its id). */
  ids: Map<string, Set<string>>;
}

/** What the checks that span chunks need of a chunk's valid records; everything else stays in the chunk. */
export interface ChunkFacts {
  events: DatedEvent[];
  treaties: TreatyDates[];
  clauses: ClauseNumber[];
  /** Names of the parties that are states (for the dataset's spatial coverage). */
  states: string[];
}

/** A chunk, checked and exported: plain strings and small facts, cheap to pass between threads. */
export interface ChunkResult {
  table: string;
  problems: Problem[];
  /** Records that passed their schema. */
  valid: number;
  facts: ChunkFacts;
  /**
   * The valid records' JSON, one per line, joined by ",\n" (empty when none or when the chunk has
   * problems). UTF-8 bytes, as they will be written: a worker hands them over without a copy.
   */
  json: Uint8Array;
  /** Per table model of the chunk's table, its CSV lines, as UTF-8 (empty when none or when the chunk has problems). */
  csv: Map<string, Uint8Array>;
}

const utf8 = new TextEncoder();
const NOTHING = new Uint8Array(0);

/** The buffers of a result, which a worker transfers to the main thread instead of copying them. */
export const transferables = (r: ChunkResult): ArrayBuffer[] =>
  [r.json, ...r.csv.values()].filter((b) => b.byteLength > 0).map((b) => b.buffer as ArrayBuffer);

/** load -> validate -> check links -> serialize, for one chunk of record files. */
export function processChunk(ctx: ChunkContext, job: ChunkJob): ChunkResult {
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  for (const name of job.names) {
    const r = readRecordFile(ctx.root, job.table, name);
    if (isProblem(r)) problems.push(r);
    else records.push(r);
  }
  const result = processRecords(ctx, job.table, records);
  result.problems.unshift(...problems);
  return result;
}

/** validate -> check links -> serialize, for records of one table already in memory, in id order. */
export function processRecords(ctx: ChunkContext, table: string, records: LoadedRecord[]): ChunkResult {
  const problems = validateRecords(ctx.schemas, records);
  // Later steps read record shapes, so they see only records that passed the schema.
  const invalid = new Set(problems.map((p) => p.file));
  const valid = invalid.size === 0 ? records : records.filter((r) => !invalid.has(r.file));
  const models = ctx.models.filter((m) => m.recordTable === table);
  const rowsOf = new Map<string, Row[]>(models.map((m) => [m.name, tableRows(m, valid)]));
  problems.push(...checkIds(valid, ctx.ids));
  problems.push(...checkLinks(models, rowsOf, ctx.ids));
  const facts: ChunkFacts = { events: [], treaties: [], clauses: [], states: [] };
  if (table === 'events') facts.events = valid.map(datedEvent);
  if (table === 'treaties') facts.treaties = valid.map(treatyDates);
  if (table === 'clauses') facts.clauses = valid.map(clauseNumber);
  if (table === 'parties') facts.states = valid.map((r) => r.data as { kind: string; name: string }).filter((p) => p.kind === 'state').map((p) => p.name);
  // A chunk with problems fails the build: its exports would be thrown away, so they are not made.
  const clean = problems.length === 0;
  const json = clean ? utf8.encode(valid.map((r) => JSON.stringify(r.data)).join(',\n')) : NOTHING;
  const csv = new Map(models.map((m) => [m.name, clean ? utf8.encode(csvLines(rowsOf.get(m.name)!)) : NOTHING]));
  return { table, problems, valid: valid.length, facts, json, csv };
}
