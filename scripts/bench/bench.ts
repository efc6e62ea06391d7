import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticDataset } from './synthetic-data.js';

/**
 * npm run bench: the full build at 1,000, 10,000 and 100,000 synthetic records against a floor measured
 * in the same run (read and parse the same files, write the same bytes), and the package's load cost.
 * Targets: build/floor <= 2.0 and time(100k)/time(10k) <= 11 at 100k, peak RSS < 1 GiB, load ratio <= 1.2.
 */
const ROOT = join(import.meta.dirname, '..', '..');
/** The build runs with the Node options npm run build:data gives it (package.json config), so the bench measures the same thing. */
const BUILD_FLAGS: string[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).config.buildNodeOptions.split(/\s+/).filter(Boolean);
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const node = (script: string, args: string[], flags: string[] = []) =>
  JSON.parse(execFileSync(process.execPath, [...flags, '--import', 'tsx', join(import.meta.dirname, script), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 }));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const results = new Map<number, { build: number; floor: number }>();
let loadRatio = Number.NaN;
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), `dprk-bench-${n}-`));
  try {
    writeSyntheticDataset(ROOT, dir, n);
    // Flush the new files to disk first, so that neither measurement shares the machine with write-back.
    execFileSync('sync');
    // Both measurements are noisy: each is the median of three runs.
    const builds = [0, 1, 2].map(() => node('measure-build.ts', [dir, 'build'], BUILD_FLAGS));
    const build = { ...builds[0], ms: median(builds.map((b) => b.ms)), rss: Math.max(...builds.map((b) => b.rss)) };
    const floor = median([0, 1, 2].map(() => node('measure-build.ts', [dir, 'floor', String(build.bytes)]).ms));
    results.set(n, { build: build.ms, floor });
    console.log(`${String(build.records).padStart(7)} records: build ${(build.ms / 1000).toFixed(2)} s, ${Math.round(build.records / (build.ms / 1000))} records/s, peak RSS ${(build.rss / 2 ** 20).toFixed(0)} MiB, floor ${(floor / 1000).toFixed(2)} s, build/floor ${(build.ms / floor).toFixed(2)}`);
    if (n === sizes.at(-1)) {
      const entry = median([0, 1, 2].map(() => node('measure-load.ts', [join(dir, 'dist'), 'entry']).ms));
      const parse = median([0, 1, 2].map(() => node('measure-load.ts', [join(dir, 'dist'), 'json']).ms));
      loadRatio = entry / parse;
      console.log(`load: main entry ${entry.toFixed(1)} ms, JSON.parse of the same data ${parse.toFixed(1)} ms, ratio ${loadRatio.toFixed(2)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const big = results.get(100000);
const mid = results.get(10000);
if (big && mid) {
  console.log(`load ratio (main entry / JSON.parse) = ${loadRatio.toFixed(2)}`);
  console.log(`bench: build/floor at 100000 records = ${(big.build / big.floor).toFixed(2)}, time(100k)/time(10k) = ${(big.build / mid.build).toFixed(2)}`);
}
