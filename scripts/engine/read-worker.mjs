// @ts-check
// The reader thread: reads, parses and re-serializes the record files of each chunk (readChunk), in
// chunk order, and posts them to the main thread. That work (the system calls of reading, most of its
// cost, then decoding, parsing, validating and writing compact JSON) runs beside the main thread's
// parsing, checking and exporting. It stays at most `ahead` chunks ahead of what the main thread has taken, so memory stays
// bounded. Plain JavaScript, so that it starts in milliseconds, without the TypeScript loader.
import { join } from 'node:path';
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { readChunk } from './read-chunk.mjs';
import { loadValidators } from './load-validators.mjs';

/** @type {{ root: string, max: number, taken: SharedArrayBuffer, ahead: number, validation: string | null }} */
const { root, max, taken, ahead, validation } = workerData;
// The same kept validation code as the main thread's, so that each record is validated here, once.
const validators = validation === null ? undefined : loadValidators(validation);
const takenCount = new Int32Array(taken);
// The chunks come in a message once the files are listed: the thread starts while they are.
const [jobs] = /** @type {[{ table: string, names: string[] }[]]} */ (
  await once(/** @type {import('node:worker_threads').MessagePort} */ (parentPort), 'message')
);
jobs.forEach((job, index) => {
  for (let t = Atomics.load(takenCount, 0); index - t >= ahead; t = Atomics.load(takenCount, 0)) Atomics.wait(takenCount, 0, t);
  const read = readChunk(join(root, 'data', job.table), job.names, max, validators?.[job.table]);
  parentPort?.postMessage({ index, ...read });
});
