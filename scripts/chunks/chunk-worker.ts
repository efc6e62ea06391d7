import { parentPort, workerData } from 'node:worker_threads';
import { chunkContext } from './chunk-context.js';
import { processChunk, transferables } from './process-chunk.js';
import { generateTypes } from '../export/export-types.js';
import type { WorkerInput, WorkerMessage } from './run-chunks.js';

/**
 * One worker thread: claims chunks from the shared counter until none is left, posting each result;
 * then, if asked, generates the TypeScript declarations, which depend on the schemas only.
 */
const input = workerData as WorkerInput;
const ctx = chunkContext(input.root, input.ids);
const counter = new Int32Array(input.counter);
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);
for (let index = Atomics.add(counter, 0, 1); index < input.jobs.length; index = Atomics.add(counter, 0, 1)) {
  const result = processChunk(ctx, input.jobs[index]!);
  post({ index, result }, transferables(result));
}
if (input.generateTypes) post({ types: await generateTypes(ctx.schemas) });
