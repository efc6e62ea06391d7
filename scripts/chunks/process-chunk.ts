import type { Schemas } from '../load/read-schemas.js';
import { stemOf } from '../load/list-records.js';
import type { LoadedRecord } from '../load/read-records.js';
import { validateRecords } from '../validate/validate-records.js';
import { checkIds } from '../check/check-ids.js';
import { rowLinkCheck } from '../check/check-links.js';
import { datedEvent, treatyDates, type DatedEvent, type TreatyDates } from '../check/check-chronology.js';
import { clauseNumber, type ClauseNumber } from '../check/check-clauses.js';
import type { TableModel } from '../model/table-model.js';
import { forEachRow } from '../model/table-rows.js';
import { csvLine, csvText } from '../export/export-csv.js';
import type { Problem } from '../problem.js';
import type { ChunkJob } from './plan-chunks.js';
import type { ChunkRead } from './read-chunks.js';

/** What every chunk is checked and exported against. */
export interface ChunkContext {
  schemas: Schemas;
  models: TableModel[];
  /** Ids of every table, from the listing (a record's file name is its id). */
  ids: Map<string, Set<string>>;
  /** Ids in more than one table, with the table that owns each (sharedIds). */
  shared: Map<string, string>;
}

/** What the checks that span chunks need of a chunk's valid records; everything else stays in the chunk. */
export interface ChunkFacts {
  events: DatedEvent[];
  treaties: TreatyDates[];
  clauses: ClauseNumber[];
  /** Names of the parties that are states (for the dataset's spatial coverage). */
  states: string[];
}

/** A chunk, checked and exported: bytes ready to write and small facts for the checks that span chunks. */
export interface ChunkResult {
  table: string;
  problems: Problem[];
  /** Records that passed their schema. */
  valid: number;
  facts: ChunkFacts;
  /**
   * The valid records' JSON, one per line, joined by ",\n" (empty when none or when the chunk has
   * problems), as the UTF-8 bytes that will be written.
   */
  json: Uint8Array;
  /** Per table model of the chunk's table, its CSV lines, as UTF-8 (empty when none or when the chunk has problems). */
  csv: Map<string, Uint8Array>;
}

const utf8 = new TextEncoder();
const NOTHING = new Uint8Array(0);

/** validate -> check ids and links -> serialize, for one chunk of record files as read. */
export function processChunk(ctx: ChunkContext, job: ChunkJob, read: ChunkRead): ChunkResult {
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  job.names.forEach((name, i) => {
    const file = `data/${job.table}/${name}`;
    const line = read.lines[i];
    if (line === null || line === undefined) {
      problems.push({ file, pointer: '', message: read.problems[i] ?? 'could not be read' });
      return;
    }
    records.push({ table: job.table, file, stem: stemOf(name), data: JSON.parse(line) });
  });
  const result = processRecords(ctx, job.table, records, read.json ?? undefined);
  result.problems.unshift(...problems);
  return result;
}

/**
 * validate -> check ids and links -> serialize, for records of one table already in memory, in id
 * order. `json`, when given, is the records' JSON lines as the reader already made them.
 */
export function processRecords(ctx: ChunkContext, table: string, records: LoadedRecord[], json?: Uint8Array): ChunkResult {
  const problems = validateRecords(ctx.schemas, records);
  // Later steps read record shapes, so they see only records that passed the schema.
  const invalid = new Set(problems.map((p) => p.file));
  const valid = invalid.size === 0 ? records : records.filter((r) => !invalid.has(r.file));
  problems.push(...checkIds(valid, ctx.ids, ctx.shared));
  // Each row of each table model, flattened once: its references are checked and its CSV line written.
  const linesOf = new Map<string, string[]>();
  for (const model of ctx.models) {
    if (model.recordTable !== table) continue;
    const lines: string[] = [];
    const checkRow = rowLinkCheck(model, ctx.ids);
    forEachRow(model, valid, (cells, record, ordinals) => {
      checkRow?.(cells, record, ordinals, problems);
      lines.push(csvLine(cells));
    });
    linesOf.set(model.name, lines);
  }
  const facts: ChunkFacts = { events: [], treaties: [], clauses: [], states: [] };
  if (table === 'events') facts.events = valid.map(datedEvent);
  if (table === 'treaties') facts.treaties = valid.map(treatyDates);
  if (table === 'clauses') facts.clauses = valid.map(clauseNumber);
  if (table === 'parties') facts.states = valid.map((r) => r.data as { kind: string; name: string }).filter((p) => p.kind === 'state').map((p) => p.name);
  // A chunk with problems fails the build: its exports would be thrown away, so they are not made.
  const clean = problems.length === 0;
  // All records are valid when the chunk is clean, so the reader's lines are the valid records' lines.
  const jsonBytes = clean ? (json ?? utf8.encode(valid.map((r) => JSON.stringify(r.data)).join(',\n'))) : NOTHING;
  const csv = new Map([...linesOf].map(([name, lines]) => [name, clean ? utf8.encode(csvText(lines)) : NOTHING]));
  return { table, problems, valid: valid.length, facts, json: jsonBytes, csv };
}
