import { join, resolve } from 'node:path';
import { buildDataset } from './pipeline.js';
import { StagedOutputs } from './export/write-dist.js';
import { withCheckoutLock } from './export/checkout-lock.js';
import { recoverInterrupted } from './export/swap-journal.js';
import { formatProblem } from './problem.js';
import { exitWithFailure } from './fail.js';

/**
 * npm run build: exits non-zero, listing every problem, and leaves dist/ and the documents untouched
 * if anything is wrong. One build at a time per checkout (the lock); a build that died before is
 * finished or cleaned up first. A failure of the file system (read-only, disk full) is one line
 * naming the path, never a stack trace.
 */
const root = resolve(process.env.DATASET_ROOT ?? join(import.meta.dirname, '..'));
let staged: StagedOutputs | undefined;

// Ctrl-C or a kill: drop the staging folder and the lock, unless the swap runs (then it finishes first).
for (const [signal, number] of [
  ['SIGINT', 2],
  ['SIGTERM', 15],
  ['SIGHUP', 1],
] as const) {
  process.on(signal, () => {
    if (staged?.committing) return;
    staged?.abortNow();
    console.error(`build stopped by ${signal}; dist/ left unchanged`);
    process.exit(128 + number);
  });
}

try {
  const outcome = await withCheckoutLock(root, 'build', async () => {
    recoverInterrupted(root);
    staged = new StagedOutputs(root);
    try {
      const result = await buildDataset(root, staged);
      if (result.problems.length > 0) {
        await staged.abort();
        return result;
      }
      await staged.commit();
      return result;
    } catch (err) {
      await staged.abort();
      throw err;
    } finally {
      staged = undefined;
    }
  });
  if (outcome.problems.length > 0) {
    for (const p of outcome.problems) console.error(formatProblem(p));
    console.error(`\nbuild failed: ${outcome.problems.length} problem(s); dist/ left unchanged`);
    process.exit(1);
  }
  console.log(`build ok: ${[...outcome.counts].map(([table, n]) => `${table} ${n}`).join(', ')}`);
} catch (err) {
  exitWithFailure('build', err, root);
}
