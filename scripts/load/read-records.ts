import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problem.js';
import { listRecords, stemOf } from './list-records.js';

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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One buffer, a byte over the limit, reused for every file: no allocation and no fstat per record. */
const buffer = Buffer.allocUnsafe(MAX_RECORD_BYTES + 1);

/** The file's bytes (valid until the next call), or only its size when it is over the limit. */
function readBytes(path: string): Uint8Array | number {
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    for (let n = -1; n !== 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    return length > MAX_RECORD_BYTES ? fstatSync(fd).size : buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads and parses one record file. An unreadable file becomes a problem, never an exception, so
 * that one report lists everything wrong at once.
 */
export function readRecordFile(root: string, table: string, name: string): LoadedRecord | Problem {
  const file = `data/${table}/${name}`;
  const problem = (message: string): Problem => ({ file, pointer: '', message });
  const bytes = readBytes(join(root, file));
  if (typeof bytes === 'number') return problem(`is ${bytes} bytes, over the ${MAX_RECORD_BYTES}-byte limit for one record`);
  if (bytes.length === 0) return problem('is empty');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return problem('is not valid UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { table, file, stem: stemOf(name), data: JSON.parse(text) };
  } catch (err) {
    return problem(`is not valid JSON: ${(err as Error).message}`);
  }
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
