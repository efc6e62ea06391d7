// @ts-check
// The reader thread: reads, parses and re-serializes the record files of each chunk (readChunk), in
// chunk order, and posts them to the main thread. That work (the system calls of reading, most of its
// cost, then decoding, parsing and writing compact JSON) runs beside the main thread's checking and
// exporting. It stays at most `ahead` chunks ahead of what the main thread has taken, so memory stays
// bounded. Plain JavaScript, so that it starts in milliseconds, without the TypeScript loader.
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { readChunk } from '../load/read-raw.mjs';

/** @type {{ root: string, jobs: { table: string, names: string[] }[], max: number, taken: SharedArrayBuffer, ahead: number }} */
const { root, jobs, max, taken, ahead } = workerData;
const takenCount = new Int32Array(taken);
jobs.forEach((job, index) => {
  for (let t = Atomics.load(takenCount, 0); index - t >= ahead; t = Atomics.load(takenCount, 0)) Atomics.wait(takenCount, 0, t);
  parentPort?.postMessage({ index, ...readChunk(join(root, 'data', job.table), job.names, max) });
});
