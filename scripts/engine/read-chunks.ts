import { Worker } from 'node:worker_threads';
import { MAX_RECORD_BYTES } from '../load/read-records.js';
import type { ChunkJob } from './plan-chunks.js';

/** A chunk's record files as read (readChunk): per file, its record as compact JSON, or its problem. */
export interface ChunkRead {
  index: number;
  lines: (string | null)[];
  problems: ({ pointer: string; message: string }[] | null)[];
  /** Per file, whether its record passed its schema on the reader thread. */
  valid: boolean[];
}

/**
 * How many chunks the reader thread may read ahead of the one being processed: enough that this thread
 * never waits for it when reading is briefly slower, few enough to bound memory (a chunk is a thousand
 * compact JSON lines, a few hundred KB).
 */
const AHEAD = 64;

/** Reads chunks of record files (readChunk), in chunk order. */
export interface ChunkReader {
  /** Starts reading the chunks at once; they come out of the generator in order. */
  read(jobs: ChunkJob[]): AsyncGenerator<ChunkRead>;
  /** Stops reading (when the build stops before the last chunk); read() stops by itself at its end. */
  stop(): Promise<void>;
}

/** Reads chunks of record files on a reader thread (read-worker.mjs), which also validates them when given the validation code. */
export function chunkReader(root: string, validation: string | null): ChunkReader {
  const taken = new Int32Array(new SharedArrayBuffer(4));
  const thread = new Worker(new URL('./read-worker.mjs', import.meta.url), {
    workerData: { root, max: MAX_RECORD_BYTES, taken: taken.buffer, ahead: AHEAD, validation },
  });
  const arrived = new Map<number, ChunkRead>();
  let failure: unknown;
  let exited = false;
  let wake: (() => void) | undefined;
  thread.on('message', (chunk: ChunkRead) => {
    arrived.set(chunk.index, chunk);
    wake?.();
  });
  thread.on('error', (err) => {
    failure ??= err;
    wake?.();
  });
  // Every message a thread posts arrives before its exit: a chunk still missing then never comes.
  thread.on('exit', () => {
    exited = true;
    wake?.();
  });
  const stop = async () => {
    // Wake the reader if it waits for room, so that it can be stopped.
    Atomics.store(taken, 0, 2 ** 30);
    Atomics.notify(taken, 0);
    await thread.terminate();
  };
  async function* chunks(count: number): AsyncGenerator<ChunkRead> {
    try {
      for (let index = 0; index < count; index++) {
        while (!arrived.has(index)) {
          if (failure) throw failure;
          if (exited) throw new Error(`the reader thread stopped before chunk ${index} of ${count}`);
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
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
  }
  return {
    read(jobs) {
      // Posted now, not when the generator is first pulled: the reader works while this thread does not pull yet.
      thread.postMessage(jobs);
      return chunks(jobs.length);
    },
    stop,
  };
}
