// @ts-check
// The reader thread: reads the record files of each chunk, in chunk order, into one buffer per chunk
// and hands it to the main thread without a copy. The syscalls (open, read, close per file) are most
// of the cost of reading, and here they run beside the main thread's parsing, checking and exporting.
// It stays at most `ahead` chunks ahead of what the main thread has taken, so memory stays bounded.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readInto } from '../load/read-raw.mjs';

/** @type {{ root: string, jobs: { table: string, names: string[] }[], max: number, taken: SharedArrayBuffer, ahead: number }} */
const { root, jobs, max, taken, ahead } = workerData;
const takenCount = new Int32Array(taken);
let buffer = new Uint8Array(4 * (max + 1));
for (let index = 0; index < jobs.length; index++) {
  for (let t = Atomics.load(takenCount, 0); index - t >= ahead; t = Atomics.load(takenCount, 0)) Atomics.wait(takenCount, 0, t);
  const job = /** @type {{ table: string, names: string[] }} */ (jobs[index]);
  // Per file: where its bytes end in the chunk's buffer, or its size negated when over the limit.
  const ends = new Float64Array(job.names.length);
  let length = 0;
  for (let i = 0; i < job.names.length; i++) {
    if (buffer.length - length < max + 1) {
      const bigger = new Uint8Array(2 * buffer.length);
      bigger.set(buffer.subarray(0, length));
      buffer = bigger;
    }
    const n = readInto(join(root, 'data', job.table, /** @type {string} */ (job.names[i])), buffer, length, max);
    if (n >= 0) length += n;
    ends[i] = n >= 0 ? length : n;
  }
  const bytes = buffer.slice(0, length);
  parentPort?.postMessage({ index, bytes, ends }, [bytes.buffer, ends.buffer]);
}
