import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../pipeline.js';
import { StagedOutputs } from '../export/write-dist.js';
import { contentLength, type Output } from '../export/output.js';

/**
 * One measurement, in its own process so that peak memory is its own: the full build of the dataset
 * at argv[2], then the floor (read and JSON.parse the same files, write as many bytes).
 */
const dir = process.argv[2]!;
const mode = process.argv[3]!;
if (mode === 'build') {
  let bytes = 0;
  const counting = (out: Output): Output => ({ set: (path, content) => { bytes += contentLength(content); return out.set(path, content); } });
  const t0 = performance.now();
  const staged = new StagedOutputs(dir);
  // The issue's benchmark leaves the figures out: they are drawings, not data exports.
  const result = await buildDataset(dir, { dist: counting(staged.dist), docs: counting(staged.docs) }, { figures: false });
  if (result.problems.length > 0) throw new Error(`synthetic data invalid: ${result.problems.slice(0, 3).map((p) => `${p.file} ${p.pointer} ${p.message}`).join('; ')}`);
  await staged.commit();
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ ms, bytes, records: [...result.counts.values()].reduce((a, b) => a + b, 0), rss: process.resourceUsage().maxRSS * 1024 }));
} else {
  const bytes = Number(process.argv[4]);
  const t0 = performance.now();
  let parsed = 0;
  for (const table of readdirSync(join(dir, 'data')).sort()) {
    for (const name of readdirSync(join(dir, 'data', table)).sort()) {
      JSON.parse(readFileSync(join(dir, 'data', table, name), 'utf8'));
      parsed++;
    }
  }
  const out = join(dir, 'floor-out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'blob'), Buffer.alloc(bytes, 97));
  const ms = performance.now() - t0;
  rmSync(out, { recursive: true, force: true });
  console.log(JSON.stringify({ ms, parsed }));
}
