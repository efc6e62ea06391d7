import { join, resolve } from 'node:path';
import { buildDataset } from './pipeline.js';
import { StagedOutputs } from './export/write-dist.js';
import { formatProblem } from './problem.js';

/** npm run build: exits non-zero, listing every problem, and leaves dist/ untouched if anything is wrong. */
const root = resolve(process.env.DATASET_ROOT ?? join(import.meta.dirname, '..'));
const staged = new StagedOutputs(root);
let result;
try {
  result = await buildDataset(root, staged);
} catch (err) {
  await staged.abort();
  throw err;
}
if (result.problems.length > 0) {
  await staged.abort();
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\nbuild failed: ${result.problems.length} problem(s); dist/ left unchanged`);
  process.exit(1);
}
await staged.commit();
const counts = [...result.counts].map(([table, n]) => `${table} ${n}`);
console.log(`build ok: ${counts.join(', ')}`);
