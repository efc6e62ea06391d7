import type { RecordListing } from '../load/list-records.js';
import { stemOf } from '../load/list-records.js';
import { readListedRecords } from '../load/read-records.js';
import type { Problem } from '../problem.js';
import type { LoadedRecord } from '../types/records.js';
import { planChunks } from './plan-chunks.js';
import { sharedReader } from './read-chunks.js';
import { validatorsCode } from './compiled-validators.js';
import type { Schemas } from '../load/read-schemas.js';

/**
 * The engine: the one place that knows how record files are read fast at 100,000 records (a reader
 * thread and this one taking chunks from one counter). Everything else gets whole records, in
 * listing order, from this interface. Below THREAD_THRESHOLD files the thread costs more than it
 * saves (its start-up is ~30 ms; 424 records read in ~15 ms), so the files are read here, one after
 * another.
 */
export const THREAD_THRESHOLD = 5000;

export interface EngineOptions {
  /** Read on a reader thread: true, false, or undefined to decide by the number of files. */
  threads?: boolean;
  /** Records per chunk, the threads' unit of work. */
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
  const jobs = planChunks(listing, options.chunkRecords);
  // Per chunk, in chunk order: its records and problems, whichever thread read it.
  const done: { records: LoadedRecord[]; problems: Problem[] }[] = new Array(jobs.length);
  const valid = new Set<LoadedRecord>();
  const reader = sharedReader(root, jobs, schemas ? validatorsCode(schemas) : null);
  let count = 0;
  // A chunk from the reader thread: its records come as text, parsed here.
  const receive = (): boolean => {
    const read = reader.receive();
    if (!read) return false;
    const job = jobs[read.index]!;
    const chunk: (typeof done)[number] = { records: [], problems: [] };
    job.names.forEach((name, i) => {
      const file = `data/${job.table}/${name}`;
      const line = read.lines[i];
      if (line === null || line === undefined)
        chunk.problems.push(...(read.problems[i] ?? [{ pointer: '', message: 'could not be read' }]).map((p) => ({ file, ...p })));
      else {
        const record = { table: job.table, file, stem: stemOf(name), data: JSON.parse(line) };
        chunk.records.push(record);
        if (read.valid[i]) valid.add(record);
      }
    });
    done[read.index] = chunk;
    count++;
    return true;
  };
  try {
    // This thread reads a chunk itself whenever none from the reader thread is waiting, and takes in
    // those that are in between: both threads read, and this one never sits idle.
    const readHere = (index: number) => {
      const job = jobs[index]!;
      done[index] = readListedRecords(root, { ...listing, files: new Map([[job.table, job.names]]) });
      count++;
    };
    for (let index = reader.take(); index < jobs.length; index = reader.take()) {
      readHere(index);
      while (receive());
    }
    while (count < jobs.length) {
      if (receive() || (await reader.wait())) continue;
      // The reader thread has ended: whatever it read but did not hand over is read again here.
      while (receive());
      for (let index = 0; index < jobs.length; index++) if (!done[index]) readHere(index);
    }
  } finally {
    await reader.stop();
  }
  return { records: done.flatMap((c) => c.records), problems: done.flatMap((c) => c.problems), valid };
}
