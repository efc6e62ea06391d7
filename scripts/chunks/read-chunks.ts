import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { MAX_RECORD_BYTES } from '../load/read-records.js';
import { readChunk } from '../load/read-raw.mjs';
import type { ChunkJob } from './plan-chunks.js';

/** A chunk's record files as read (readChunk): per file, its record as compact JSON, or its problem. */
export interface ChunkRead {
  index: number;
  lines: (string | null)[];
  problems: (string | null)[];
}

/**
 * How many chunks the reader thread may read ahead of the one being processed: enough that this thread
 * never waits for it when reading is briefly slower, few enough to bound memory (a chunk is a thousand
 * compact JSON lines, a few hundred KB).
 */
const AHEAD = 64;

/**
 * The chunks' files, read in chunk order. On a reader thread (read-worker.mjs) when `onThread`: the
 * reading and parsing then run beside this thread's checking and exporting; for a small dataset,
 * where starting a thread costs more than it saves, here.
 */
export async function* readChunks(root: string, jobs: ChunkJob[], onThread: boolean): AsyncGenerator<ChunkRead> {
  if (!onThread) {
    for (let index = 0; index < jobs.length; index++) yield { index, ...readChunk(join(root, 'data', jobs[index]!.table), jobs[index]!.names, MAX_RECORD_BYTES) };
    return;
  }
  const taken = new Int32Array(new SharedArrayBuffer(4));
  const reader = new Worker(new URL('./read-worker.mjs', import.meta.url), { workerData: { root, jobs, max: MAX_RECORD_BYTES, taken: taken.buffer, ahead: AHEAD } });
  const arrived = new Map<number, ChunkRead>();
  let failure: unknown;
  let wake: (() => void) | undefined;
  reader.on('message', (chunk: ChunkRead) => { arrived.set(chunk.index, chunk); wake?.(); });
  reader.on('error', (err) => { failure = err; wake?.(); });
  reader.on('exit', (code) => { if (code !== 0) failure ??= new Error(`the reader thread exited with code ${code}`); wake?.(); });
  try {
    for (let index = 0; index < jobs.length; index++) {
      while (!arrived.has(index)) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => { wake = resolve; });
      }
      const chunk = arrived.get(index)!;
      arrived.delete(index);
      Atomics.store(taken, 0, index + 1);
      Atomics.notify(taken, 0);
      yield chunk;
    }
  } finally {
    // Wake the reader if it waits for room, so that it can be stopped (when the build stops early).
    Atomics.store(taken, 0, jobs.length);
    Atomics.notify(taken, 0);
    await reader.terminate();
  }
}
