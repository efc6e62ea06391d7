import { join } from 'node:path';
import type { Problem } from '../problem.js';
import { listRecords, stemOf } from './list-records.js';
import { overLimit, parseRecordBytes, readInto, unreadable } from './read-raw.mjs';

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

/** One buffer, a byte over the limit, reused for every file read here. */
const buffer = new Uint8Array(MAX_RECORD_BYTES + 1);

/**
 * A record from its file's bytes. Bytes that are not a record (empty, not UTF-8, not JSON) become a
 * problem, never an exception, so that one report lists everything wrong at once.
 */
export function recordFromBytes(table: string, name: string, bytes: Uint8Array): LoadedRecord | Problem {
  const file = `data/${table}/${name}`;
  const parsed = parseRecordBytes(bytes);
  return parsed.problem === undefined ? { table, file, stem: stemOf(name), data: parsed.data } : { file, pointer: '', message: parsed.problem };
}

/** Reads and parses one record file. */
export function readRecordFile(root: string, table: string, name: string): LoadedRecord | Problem {
  let n: number;
  try {
    n = readInto(join(root, 'data', table, name), buffer, 0, MAX_RECORD_BYTES);
  } catch (err) {
    return { file: `data/${table}/${name}`, pointer: '', message: unreadable(err) };
  }
  return n < 0 ? { file: `data/${table}/${name}`, pointer: '', message: overLimit(-n, MAX_RECORD_BYTES) } : recordFromBytes(table, name, buffer.subarray(0, n));
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
