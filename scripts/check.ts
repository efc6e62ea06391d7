import { join, resolve } from 'node:path';
import { checkDataset } from './check/check-dataset.js';
import { canonicalFormProblems } from './check/canonical-form.js';
import { formatProblem, sortProblems } from './problem.js';
import { exitWithFailure } from './fail.js';
import { readMeta } from './load/read-meta.js';

/**
 * npm run check: every problem of data/ (schemas, dataset rules, canonical form), each with file,
 * pointer and how to fix it; nothing written. A failure of the file system (no schema/, an
 * unreadable folder) is one line naming the path, as for the build. With data/ right, the metadata
 * the build stamps into its exports (package.json, CHANGELOG.md's release date) is read as the build
 * reads it, so that "check ok" never precedes a build that refuses.
 */
const root = resolve(process.env.DATASET_ROOT ?? join(import.meta.dirname, '..'));
// The files' texts are kept as read: their form is judged on the very text that was parsed.
const result = await checkDataset(root, { keepText: true }).catch((err: unknown) => exitWithFailure('check', err, root));
let problems: ReturnType<typeof sortProblems>;
try {
  // A file whose keys are out of order is already reported, by the build's rule, with the same fix: once is enough.
  const reordered = new Set(result.problems.filter((p) => p.rule === 'keys-in-schema-order').map((p) => p.file));
  const records = Object.values(result.records)
    .flat()
    .filter((r) => !reordered.has(r.file));
  problems = sortProblems([...result.problems, ...canonicalFormProblems(root, result.schemas, records)]);
} catch (err) {
  exitWithFailure('check', err, root);
}
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\ncheck failed: ${problems.length} problem(s)`);
  process.exitCode = 1;
} else {
  try {
    readMeta(root);
  } catch (err) {
    exitWithFailure('check', err, root);
  }
  const total = [...result.counts.values()].reduce((a, b) => a + b, 0);
  console.log(`check ok: ${total} records`);
}
