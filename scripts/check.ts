import { join, resolve } from 'node:path';
import { checkDataset } from './check/check-dataset.js';
import { formatProblem } from './problem.js';

/** npm run check: every problem of data/ (schemas and dataset rules), each with file, pointer and fix; nothing written. */
const root = resolve(process.env.DATASET_ROOT ?? join(import.meta.dirname, '..'));
const result = await checkDataset(root);
if (result.problems.length > 0) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\ncheck failed: ${result.problems.length} problem(s)`);
  process.exitCode = 1;
} else {
  const total = [...result.counts.values()].reduce((a, b) => a + b, 0);
  console.log(`check ok: ${total} records`);
}
