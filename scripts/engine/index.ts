import type { RecordListing } from '../load/list-records.js';
import { stemOf } from '../load/list-records.js';
import { readListedRecords } from '../load/read-records.js';
import type { Problem } from '../problem.js';
import type { LoadedRecord } from '../types/records.js';
import { planChunks } from './plan-chunks.js';
import { chunkReader } from './read-chunks.js';

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

/** Every record file of the listing, read and parsed, in listing order; a file that is not a record becomes a problem. */
export async function readRecordFiles(root: string, listing: RecordListing, options: EngineOptions = {}): Promise<{ records: LoadedRecord[]; problems: Problem[] }> {
  const total = [...listing.files.values()].reduce((n, names) => n + names.length, 0);
  if (!(options.threads ?? total >= THREAD_THRESHOLD)) return readListedRecords(root, listing);
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  const jobs = planChunks(listing, options.chunkRecords);
  const reader = chunkReader(root);
  try {
    for await (const read of reader.read(jobs)) {
      const job = jobs[read.index]!;
      job.names.forEach((name, i) => {
        const file = `data/${job.table}/${name}`;
        const line = read.lines[i];
        if (line === null || line === undefined) problems.push(...(read.problems[i] ?? [{ pointer: '', message: 'could not be read' }]).map((p) => ({ file, ...p })));
        else records.push({ table: job.table, file, stem: stemOf(name), data: JSON.parse(line) });
      });
    }
  } finally {
    await reader.stop();
  }
  return { records, problems };
}

