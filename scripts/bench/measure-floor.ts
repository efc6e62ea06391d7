import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readSchemas } from '../load/read-schemas.js';
import { compiledValidators } from '../validate/compiled-validators.js';

/**
 * The floor: the least work any correct build of the dataset at argv[2] must do, with as many
 * threads as the build uses (THREADS, two: the build's main thread and its reader thread). Each
 * thread reads, parses and validates (against the same schemas, with the same compiled validators)
 * its share of the record files; then the same number of bytes as the build wrote is written.
 * Prints the time in-process and the peak RSS.
 */
const THREADS = 2;

interface Share {
  root: string;
  files: [table: string, path: string][];
}

/** Reads, parses and validates a share of the files; returns how many are invalid (none, for valid data). */
function work({ root, files }: Share): number {
  const validators = compiledValidators(readSchemas(join(root, 'schema')));
  let invalid = 0;
  for (const [table, path] of files) if (!validators.get(table)!(JSON.parse(readFileSync(path, 'utf8')))) invalid++;
  return invalid;
}

if (!isMainThread) {
  parentPort!.postMessage(work(workerData as Share));
} else {
  const dir = process.argv[2]!;
  const bytes = Number(process.argv[3]);
  const t0 = performance.now();
  const shares: Share[] = Array.from({ length: THREADS }, () => ({ root: dir, files: [] }));
  let i = 0;
  for (const table of readdirSync(join(dir, 'data')).sort()) {
    for (const name of readdirSync(join(dir, 'data', table)).sort()) shares[i++ % THREADS]!.files.push([table, join(dir, 'data', table, name)]);
  }
  // The other threads run the same bundle (the launcher names it), so they start as fast as this one.
  const others = shares.slice(1).map(
    (share) =>
      new Promise<number>((resolve, reject) => {
        const worker = new Worker(process.env.LAUNCH_BUNDLE!, { workerData: share, argv: process.argv.slice(2) });
        worker.once('message', resolve);
        worker.once('error', reject);
      }),
  );
  const invalid = work(shares[0]!) + (await Promise.all(others)).reduce((a, b) => a + b, 0);
  if (invalid > 0) throw new Error(`${invalid} synthetic records invalid`);
  const out = join(dir, 'floor-out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'blob'), Buffer.alloc(bytes, 97));
  const ms = performance.now() - t0;
  rmSync(out, { recursive: true, force: true });
  console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024 }));
}
