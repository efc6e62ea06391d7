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
  staged.abort();
  throw err;
}
if (result.problems.length > 0) {
  staged.abort();
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\nbuild failed: ${result.problems.length} problem(s); dist/ left unchanged`);
  process.exit(1);
}
staged.commit();
const counts = result.models.filter((m) => m.arrayPaths.length === 0).map((m) => `${m.name} ${result.records.filter((r) => r.table === m.name).length}`);
console.log(`build ok: ${counts.join(', ')}`);
