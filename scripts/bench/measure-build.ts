import { buildDataset } from '../pipeline.js';
import { StagedOutputs } from '../export/write-dist.js';
import { contentLength, type Output } from '../export/output.js';

/**
 * One build of the dataset at argv[2], in a process of its own (run through the launcher, as npm run
 * build:data runs), so that its peak memory is its own. Prints the time in-process, the bytes
 * written (what the floor writes too), the records and the peak RSS.
 */
const dir = process.argv[2]!;
let bytes = 0;
const counting = (out: Output): Output => ({
  set: (path, content) => {
    bytes += contentLength(content);
    return out.set(path, content);
  },
});
const t0 = performance.now();
const staged = new StagedOutputs(dir);
// The issue's benchmark leaves the figures out: they are drawings, not data exports.
const result = await buildDataset(dir, { dist: counting(staged.dist), docs: counting(staged.docs) }, { figures: false });
if (result.problems.length > 0)
  throw new Error(
    `synthetic data invalid: ${result.problems
      .slice(0, 3)
      .map((p) => `${p.file} ${p.pointer} ${p.message}`)
      .join('; ')}`,
  );
await staged.commit();
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, bytes, records: [...result.counts.values()].reduce((a, b) => a + b, 0), rss: process.resourceUsage().maxRSS * 1024 }));
