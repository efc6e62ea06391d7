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
  /** The lines that are records, joined as json/ holds them, in UTF-8. */
  json: Uint8Array;
}

/**
 * How many chunks the reader thread may read ahead of the one being processed: enough that this thread
 * never waits for it when reading is briefly slower, few enough to bound memory (a chunk is a thousand
 * compact JSON lines, a few hundred KB).
 */
const AHEAD = 64;

/**
 * Reads the chunks' files in chunk order: on a reader thread (read-worker.mjs) when `onThread`, where
 * reading and parsing run beside this thread's checking and exporting; for a small dataset, where
 * starting a thread costs more than it saves, here. The thread starts at once, so that its start-up
 * overlaps whatever comes before read() (listing the files, compiling the schemas).
 */
export function chunkReader(root: string, onThread: boolean): { read(jobs: ChunkJob[]): AsyncGenerator<ChunkRead>; stop(): Promise<void> } {
  if (!onThread) {
    return {
      async *read(jobs) {
        for (let index = 0; index < jobs.length; index++) yield { index, ...readChunk(join(root, 'data', jobs[index]!.table), jobs[index]!.names, MAX_RECORD_BYTES) };
      },
      stop: async () => {},
    };
  }
  const taken = new Int32Array(new SharedArrayBuffer(4));
  const thread = new Worker(new URL('./read-worker.mjs', import.meta.url), { workerData: { root, max: MAX_RECORD_BYTES, taken: taken.buffer, ahead: AHEAD } });
  const arrived = new Map<number, ChunkRead>();
  let failure: unknown;
  let wake: (() => void) | undefined;
  thread.on('message', (chunk: ChunkRead) => { arrived.set(chunk.index, chunk); wake?.(); });
  thread.on('error', (err) => { failure = err; wake?.(); });
  thread.on('exit', (code) => { if (code !== 0) failure ??= new Error(`the reader thread exited with code ${code}`); wake?.(); });
  const stop = async () => {
    // Wake the reader if it waits for room, so that it can be stopped (when the build stops early).
    Atomics.store(taken, 0, 2 ** 30);
    Atomics.notify(taken, 0);
    await thread.terminate();
  };
  return {
    async *read(jobs) {
      thread.postMessage(jobs);
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
        await stop();
      }
    },
    stop,
  };
}
