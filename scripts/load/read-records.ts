import { join } from 'node:path';
import type { Problem } from '../problem.js';
import { listRecords, stemOf } from './list-records.js';
import { readRecord } from './read-raw.mjs';

/** A record file's size limit: a hand-curated record is a few KiB; anything this big is a mistake. */
export const MAX_RECORD_BYTES = 1024 * 1024;

export interface LoadedRecord {
  table: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** The file name without .json, which must equal the record's id. */
  stem: string;
  data: unknown;
}

/**
 * Reads and parses one record file. A file that is not a record (unreadable, too big, empty, not
 * UTF-8, not JSON) becomes a problem, never an exception, so that one report lists everything wrong.
 */
export function readRecordFile(root: string, table: string, name: string): LoadedRecord | Problem {
  const file = `data/${table}/${name}`;
  const record = readRecord(join(root, file), MAX_RECORD_BYTES);
  return record.problem === undefined ? { table, file, stem: stemOf(name), data: record.data } : { file, pointer: '', message: record.problem };
}

export const isProblem = (x: LoadedRecord | Problem): x is Problem => 'message' in x;

/** Every record of the dataset at once, in id order per table (for tools and tests; the build reads in chunks). */
export function readRecords(root: string, tables: string[]): { records: LoadedRecord[]; problems: Problem[] } {
  const listing = listRecords(root, tables);
  const records: LoadedRecord[] = [];
  const problems = [...listing.problems];
  for (const [table, names] of listing.files) {
    for (const name of names) {
      const r = readRecordFile(root, table, name);
      if (isProblem(r)) problems.push(r);
      else records.push(r);
    }
  }
  return { records, problems };
}
