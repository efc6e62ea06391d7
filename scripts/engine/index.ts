import type { RecordListing } from '../load/list-records.js';
import { stemOf } from '../load/list-records.js';
import { readListedRecords } from '../load/read-records.js';
import type { Problem } from '../problem.js';
import type { LoadedRecord } from '../types/records.js';
import { planChunks } from './plan-chunks.js';
import { chunkReader } from './read-chunks.js';
import { validatorsCode } from './compiled-validators.js';
import type { Schemas } from '../load/read-schemas.js';

/**
 * The engine: the one place that knows how record files are read fast at 100,000 records (a reader
 * thread, chunks, read-ahead). Everything else gets whole records, in listing order, from this
 * interface. Below THREAD_THRESHOLD files the thread costs more than it saves (its start-up is
 * ~30 ms; 424 records read in ~15 ms), so the files are read here, one after another.
 */
export const THREAD_THRESHOLD = 5000;

export interface EngineOptions {
  /** Read on a reader thread: true, false, or undefined to decide by the number of files. */
  threads?: boolean;
  /** Records per chunk, the reader thread's unit of work. */
  chunkRecords?: number;
}

/** The record files of a listing, read; and those already known to pass their schema. */
export interface ReadRecords {
  records: LoadedRecord[];
  problems: Problem[];
  /** Records validated on the reader thread, which need not be validated again. */
  valid: ReadonlySet<LoadedRecord>;
}

/**
 * Every record file of the listing, read and parsed, in listing order; a file that is not a record
 * becomes a problem. Given the schemas, the reader thread (when used) also validates each record with
 * the same kept validation code, so the main thread only validates what failed (for its errors).
 */
export async function readRecordFiles(root: string, listing: RecordListing, options: EngineOptions = {}, schemas?: Schemas): Promise<ReadRecords> {
  const total = [...listing.files.values()].reduce((n, names) => n + names.length, 0);
  if (!(options.threads ?? total >= THREAD_THRESHOLD)) return { ...readListedRecords(root, listing), valid: new Set() };
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  const valid = new Set<LoadedRecord>();
  const jobs = planChunks(listing, options.chunkRecords);
  const reader = chunkReader(root, schemas ? validatorsCode(schemas) : null);
  try {
    for await (const read of reader.read(jobs)) {
      const job = jobs[read.index]!;
      job.names.forEach((name, i) => {
        const file = `data/${job.table}/${name}`;
        const line = read.lines[i];
        if (line === null || line === undefined)
          problems.push(...(read.problems[i] ?? [{ pointer: '', message: 'could not be read' }]).map((p) => ({ file, ...p })));
        else {
          const record = { table: job.table, file, stem: stemOf(name), data: JSON.parse(line) };
          records.push(record);
          if (read.valid[i]) valid.add(record);
        }
      });
    }
  } finally {
    await reader.stop();
  }
  return { records, problems, valid };
}
