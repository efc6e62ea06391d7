// Worker threads do not inherit the loader that lets the main thread run TypeScript, so this plain
// module registers it before loading the worker itself.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
