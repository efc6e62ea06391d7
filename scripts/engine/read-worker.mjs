// @ts-check
// The reader thread: takes chunks of record files from the counter it shares with the main thread,
// reads, parses and validates each (readChunk) and posts it. The main thread takes chunks from the
// same counter whenever it would otherwise wait, so the two read side by side and neither idles.
// Plain JavaScript, so that it starts in milliseconds, without the TypeScript loader.
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { readChunk } from './read-chunk.mjs';
import { loadValidators } from '../validate/load-validators.mjs';

/** @type {{ root: string, max: number, jobs: { table: string, names: string[] }[], next: SharedArrayBuffer, port: import('node:worker_threads').MessagePort, validation: string }} */
const { root, max, jobs, next, port, validation } = workerData;
// The same kept validation code as the main thread's, so that each record is validated here, once.
const validators = loadValidators(validation);
const counter = new Int32Array(next);
// Test hook: a thread that ends after handing over this many chunks, holding the one it took next,
// so that a test can see the main thread read that chunk again. Unset, it never ends early.
const quitAfter = Number(process.env.DATASET_TEST_READER_QUITS_AFTER ?? Number.POSITIVE_INFINITY);
let handed = 0;
for (let index = Atomics.add(counter, 0, 1); index < jobs.length; index = Atomics.add(counter, 0, 1)) {
  if (handed++ >= quitAfter) process.exit(0);
  const job = /** @type {{ table: string, names: string[] }} */ (jobs[index]);
  port.postMessage({ index, ...readChunk(join(root, 'data', job.table), job.names, max, validators[job.table]) });
}
