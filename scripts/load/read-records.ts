import { join } from 'node:path';
import type { Problem } from '../problem.js';
import type { LoadedRecord } from '../types/records.js';
import { listRecords, stemOf, type RecordListing } from './list-records.js';
import { readRecord } from './read-raw.mjs';

/** A record file's size limit: a hand-curated record is a few KiB; anything this big is a mistake. */
export const MAX_RECORD_BYTES = 1024 * 1024;

/**
 * Reads and parses one record file. A file that is not a record (not a regular file, unreadable, too
 * big, empty, not UTF-8, not strict JSON) gives its problems, never an exception, so that one report
 * lists everything wrong.
 */
export function readRecordFile(root: string, table: string, name: string, keepText = true): LoadedRecord | Problem[] {
  const file = `data/${table}/${name}`;
  const record = readRecord(join(root, file), MAX_RECORD_BYTES);
  if (record.problems !== undefined) return record.problems.map((p) => ({ file, ...p }));
  const loaded: LoadedRecord = { table, file, stem: stemOf(name), data: record.data };
  if (keepText) loaded.fileText = record.bom ? `\ufeff${record.text}` : record.text;
  return loaded;
}

/**
 * The record files of a listing, read on this thread one after another, in listing order; each
 * record keeps its file's text unless told not to (a build has no use for it).
 */
export function readListedRecords(root: string, listing: RecordListing, keepText = true): { records: LoadedRecord[]; problems: Problem[] } {
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  for (const [table, names] of listing.files) {
    for (const name of names) {
      const r = readRecordFile(root, table, name, keepText);
      if (Array.isArray(r)) problems.push(...r);
      else records.push(r);
    }
  }
  return { records, problems };
}

/** Every record of the dataset, in id order per table, read on this thread (for tools and tests). */
export function readRecords(root: string, tables: string[]): { records: LoadedRecord[]; problems: Problem[] } {
  const listing = listRecords(root, tables);
  const read = readListedRecords(root, listing);
  return { records: read.records, problems: [...listing.problems, ...read.problems] };
}
