import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { MAX_RECORD_BYTES } from '../load/read-records.js';
import type { ChunkJob } from './plan-chunks.js';

/** A chunk's record files as read (readChunk): per file, its record's text, or its problem. */
export interface ChunkRead {
  index: number;
  lines: (string | null)[];
  problems: ({ pointer: string; message: string }[] | null)[];
  /** Per file, whether its record passed its schema on the reader thread. */
  valid: boolean[];
  /** Per file, whether it began with a byte-order mark (dropped from its line). */
  boms: boolean[];
}

/** The reader thread (read-worker.mjs) and the chunk counter it shares with this thread. */
export interface SharedReader {
  /** Takes the next chunk no thread has taken (jobs.length and above: none is left). */
  take(): number;
  /** A chunk the reader thread has read, if one has come (never waits). */
  receive(): ChunkRead | undefined;
  /** Waits a moment for the reader thread; throws if it failed. False once it has ended (nothing more will come). */
  wait(): Promise<boolean>;
  stop(): Promise<void>;
}

/** Starts the reader thread on the jobs; it validates each record it reads with the validation code given. */
export function sharedReader(root: string, jobs: ChunkJob[], validation: string): SharedReader {
  const next = new SharedArrayBuffer(4);
  const counter = new Int32Array(next);
  const { port1, port2 } = new MessageChannel();
  const thread = new Worker(new URL('./read-worker.mjs', import.meta.url), {
    workerData: { root, max: MAX_RECORD_BYTES, jobs, next, port: port2, validation },
    transferList: [port2],
  });
  let failure: unknown;
  let exited = false;
  thread.on('error', (err) => {
    failure ??= err;
  });
  thread.on('exit', () => {
    exited = true;
  });
  return {
    take: () => Atomics.add(counter, 0, 1),
    // Messages are taken off the port here, between this thread's own chunks, without the event loop.
    receive: () => receiveMessageOnPort(port1)?.message as ChunkRead | undefined,
    async wait() {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (failure) throw failure;
      return !exited;
    },
    async stop() {
      // No chunk is taken after this; a chunk being read is dropped with the thread.
      Atomics.store(counter, 0, jobs.length);
      port1.close();
      await thread.terminate();
    },
  };
}
