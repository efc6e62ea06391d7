import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { MAX_RECORD_BYTES } from '../load/read-records.js';
import { readInto } from '../load/read-raw.mjs';
import type { ChunkJob } from './plan-chunks.js';

/** A chunk's record files as read: their bytes one after another, and where each ends. */
export interface ChunkBytes {
  index: number;
  bytes: Uint8Array;
  /** Per file, where its bytes end in `bytes`; for a file over the size limit, its size negated (and no bytes). */
  ends: Float64Array;
}

/** How many chunks the reader thread may read ahead of the one being processed: enough to never wait, few enough to bound memory. */
const AHEAD = 32;

/** The chunk's files, read on this thread (for a small dataset, where starting a thread costs more than it saves). */
function readHere(root: string, job: ChunkJob, index: number): ChunkBytes {
  let buffer = new Uint8Array(64 * 1024 + MAX_RECORD_BYTES + 1);
  const ends = new Float64Array(job.names.length);
  let length = 0;
  job.names.forEach((name, i) => {
    if (buffer.length - length < MAX_RECORD_BYTES + 1) {
      const bigger = new Uint8Array(2 * buffer.length);
      bigger.set(buffer.subarray(0, length));
      buffer = bigger;
    }
    const n = readInto(join(root, 'data', job.table, name), buffer, length, MAX_RECORD_BYTES);
    if (n >= 0) length += n;
    ends[i] = n >= 0 ? length : n;
  });
  return { index, bytes: buffer.subarray(0, length), ends };
}

/**
 * The chunks' files, read in chunk order. On a reader thread (read-worker.mjs) when `onThread`: the
 * system calls of reading, most of its cost, then run beside this thread's parsing and checking.
 */
export async function* readChunks(root: string, jobs: ChunkJob[], onThread: boolean): AsyncGenerator<ChunkBytes> {
  if (!onThread) {
    for (let index = 0; index < jobs.length; index++) yield readHere(root, jobs[index]!, index);
    return;
  }
  const taken = new Int32Array(new SharedArrayBuffer(4));
  const reader = new Worker(new URL('./read-worker.mjs', import.meta.url), { workerData: { root, jobs, max: MAX_RECORD_BYTES, taken: taken.buffer, ahead: AHEAD } });
  const arrived = new Map<number, ChunkBytes>();
  let failure: unknown;
  let wake: (() => void) | undefined;
  reader.on('message', (chunk: ChunkBytes) => { arrived.set(chunk.index, chunk); wake?.(); });
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
