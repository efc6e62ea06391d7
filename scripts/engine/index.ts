import type { RecordListing } from '../load/list-records.js';
import { stemOf } from '../load/list-records.js';
import { readListedRecords } from '../load/read-records.js';
import type { Problem } from '../problem.js';
import type { LoadedRecord } from '../types/records.js';
import { planChunks } from './plan-chunks.js';
import { sharedReader } from './read-chunks.js';
import { validatorsCode } from '../validate/compiled-validators.js';
import { validateRecords, type ValidatedRecords } from '../validate/validate-records.js';
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
  /** Keep each record file's text as read (LoadedRecord.fileText), for a caller that judges its form (npm run check); default false. */
  keepText?: boolean;
}

/**
 * Receives records as they are read and validated against their schemas: a chunk at a time, in
 * listing order, those that passed (typed) and the problems of those that did not.
 */
export type EachChunk = (chunk: ValidatedRecords) => void;

const NONE: ReadonlySet<LoadedRecord> = new Set();

/**
 * Reads every record file of the listing, validates each record against its table's schema
 * (validate/), and hands them to `each`, in listing order; returns the problems of the files that are
 * not records. The reader thread (when used) validates the records it reads with the same kept
 * validation code, so each record is validated once, on whichever thread read it. The main thread
 * gives `each` every chunk that is due before it reads one itself, so that the caller's work on the
 * records (the checks) runs while the reader thread reads, and this thread reads only what the other
 * has not yet taken.
 */
export async function readRecordFiles(
  root: string,
  listing: RecordListing,
  schemas: Schemas,
  each: EachChunk,
  options: EngineOptions = {},
): Promise<Problem[]> {
  const total = [...listing.files.values()].reduce((n, names) => n + names.length, 0);
  if (!(options.threads ?? total >= THREAD_THRESHOLD)) {
    const read = readListedRecords(root, listing, options.keepText ?? false);
    each(validateRecords(schemas, read.records));
    return read.problems;
  }
  const jobs = planChunks(listing, options.chunkRecords);
  // Per chunk, until it is handed over: its records, problems and the records known valid, whichever thread read it.
  const done: ({ records: LoadedRecord[]; problems: Problem[]; valid: ReadonlySet<LoadedRecord> } | undefined)[] = new Array(jobs.length);
  const problems: Problem[] = [];
  let handed = 0;
  // Hands over every chunk that is due, in order; a chunk's slot is emptied so its records can go once used.
  const handOver = () => {
    for (let chunk = done[handed]; chunk !== undefined; chunk = done[handed]) {
      done[handed++] = undefined;
      problems.push(...chunk.problems);
      each(validateRecords(schemas, chunk.records, chunk.valid));
    }
  };
  const reader = sharedReader(root, jobs, validatorsCode(schemas));
  // A chunk from the reader thread: its records come as text, parsed here.
  const receive = (): boolean => {
    const read = reader.receive();
    if (!read) return false;
    const job = jobs[read.index]!;
    const chunk = { records: [] as LoadedRecord[], problems: [] as Problem[], valid: new Set<LoadedRecord>() };
    job.names.forEach((name, i) => {
      const file = `data/${job.table}/${name}`;
      const line = read.lines[i];
      if (line === null || line === undefined)
        chunk.problems.push(...(read.problems[i] ?? [{ pointer: '', message: 'could not be read' }]).map((p) => ({ file, ...p })));
      else {
        const record: LoadedRecord = { table: job.table, file, stem: stemOf(name), data: JSON.parse(line) };
        if (options.keepText) record.fileText = read.boms[i] ? `\ufeff${line}` : line;
        chunk.records.push(record);
        if (read.valid[i]) chunk.valid.add(record);
      }
    });
    done[read.index] = chunk;
    return true;
  };
  const readHere = (index: number) => {
    const job = jobs[index]!;
    done[index] = { ...readListedRecords(root, { ...listing, files: new Map([[job.table, job.names]]) }, options.keepText ?? false), valid: NONE };
  };
  try {
    // Chunks that are due come first; this thread reads a chunk itself only when none is due, so
    // neither thread idles and the reader thread reads as much as it can.
    for (;;) {
      while (receive());
      handOver();
      if (handed === jobs.length) break;
      const index = reader.take();
      if (index < jobs.length) {
        readHere(index);
        continue;
      }
      if (await reader.wait()) continue;
      // The reader thread has ended: whatever it read but did not hand over is read again here.
      while (receive());
      for (let index = handed; index < jobs.length; index++) if (!done[index]) readHere(index);
    }
  } finally {
    await reader.stop();
  }
  return problems;
}
