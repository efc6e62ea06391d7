import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { readSchemas } from '../load/read-schemas.js';
import { writeSyntheticDataset } from './synthetic-data.js';

/**
 * npm run bench: the full build of synthetic datasets of 10,000, 50,000 and 100,000 records against
 * a floor measured in the same run: the least work any correct build must do (read, parse, validate
 * against the schemas, write the same bytes) with as many threads as the build uses. Build and floor
 * runs alternate, five of each; each figure is a median, in-process and whole-process. Then the cost
 * per record as the dataset grows, the package's load cost on plain node, and ajv-cli validating the
 * same tree as a peer; and, at the largest size, the ideal build (measure-ideal.ts): the floor plus
 * the rules and exports as they are written, shared perfectly by both threads, a lower bound for
 * build/floor. Targets: build/floor <= 1.5 at 100k, per-record ratio <= 1.2, load <= 1.1,
 * build/ajv-cli <= 0.5 at 10k, peak RSS <= 512 MiB at 100k.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const LAUNCH = join(ROOT, 'scripts', 'engine', 'launch.mjs');
/** The build runs with the Node options npm run build:data gives it (package.json config). */
const BUILD_FLAGS: string[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
  .config.buildNodeOptions.split(/\s+/)
  .filter(Boolean);
const SIZES = (process.env.BENCH_SIZES ?? '10000,50000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Pairs of loads (the entry, then JSON.parse of the same files) behind the load ratio. */
const LOAD_PAIRS = Number(process.env.BENCH_LOAD_PAIRS ?? 9);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (ms: number) => (ms / 1000).toFixed(2);

/** Runs node with arguments; gives its JSON line and the whole process's wall time. */
function node(args: string[]): { out: any; wall: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return { out: JSON.parse(r.stdout.trim().split('\n').at(-1)!), wall };
}

/** Our formats and keywords as an ajv-cli plugin (-c): create-ajv.ts bundled as CommonJS, using the project's ajv. */
async function ajvCliPlugin(): Promise<string> {
  const dir = join(ROOT, 'node_modules', '.cache', 'dprk-russia-treaty', 'bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'ajv-cli-plugin.cjs');
  await build({
    stdin: { contents: "module.exports = require('./create-ajv.ts').configureAjv;", resolveDir: join(ROOT, 'scripts', 'validate'), loader: 'js' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['ajv', 'ajv/*', 'ajv-formats', 'ajv-formats/*'],
    // create-ajv.ts loads ajv from its own folder (createRequire), which CommonJS output cannot know.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(ROOT, 'scripts', 'validate', 'create-ajv.ts')).href) },
    logLevel: 'error',
  });
  return outfile;
}

/** ajv-cli validating every table of the tree with the same schemas and formats: one run per table, timed whole. */
function ajvCli(dir: string, plugin: string): number {
  const schemas = readSchemas(join(dir, 'schema'));
  const bin = join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js');
  const t0 = performance.now();
  for (const t of schemas.tables) {
    const refs = [...schemas.all.keys()].filter((f) => f !== t.file).flatMap((f) => ['-r', join(dir, 'schema', f)]);
    execFileSync(
      process.execPath,
      [
        bin,
        'validate',
        '--spec=draft2020',
        '--all-errors',
        '--strict=true',
        '-c',
        plugin,
        '-s',
        join(dir, 'schema', t.file),
        ...refs,
        '-d',
        join(dir, 'data', t.table, '*.json'),
      ],
      { stdio: 'ignore', maxBuffer: 1 << 26 },
    );
  }
  return performance.now() - t0;
}

interface Result {
  records: number;
  build: number;
  buildWall: number;
  floor: number;
  floorWall: number;
  rss: number;
  floorRss: number;
  /** The ideal build (measure-ideal.ts), at the largest size only. */
  ideal?: number;
  idealWall?: number;
}
const results = new Map<number, Result>();
const plugin = await ajvCliPlugin();
let peer: { build: number; ajv: number } | undefined;
let load: { entry: number; parse: number; ratio: number } | undefined;

for (const n of SIZES) {
  const dir = mkdtempSync(join(tmpdir(), `dprk-bench-${n}-`));
  try {
    writeSyntheticDataset(ROOT, dir, n);
    // Flush the new files to disk first, so that no measurement shares the machine with write-back.
    execFileSync('sync');
    const buildArgs = [...BUILD_FLAGS, LAUNCH, join(ROOT, 'scripts', 'bench', 'measure-build.ts'), dir];
    const floorArgs = (bytes: number) => [LAUNCH, join(ROOT, 'scripts', 'bench', 'measure-floor.ts'), dir, String(bytes)];
    // A first build, not counted: it bundles the entries (once per source change) and warms the page cache for both.
    const first = node(buildArgs).out;
    node(floorArgs(first.bytes));
    const builds: { out: any; wall: number }[] = [];
    const floors: { out: any; wall: number }[] = [];
    const ideals: { out: any; wall: number }[] = [];
    // The ideal build runs as the floor does (no Node options: it is faster so, and a lower bound takes the best).
    const idealArgs = [LAUNCH, join(ROOT, 'scripts', 'bench', 'measure-ideal.ts'), dir, String(first.bytes)];
    for (let i = 0; i < RUNS; i++) {
      builds.push(node(buildArgs));
      floors.push(node(floorArgs(first.bytes)));
      if (n === SIZES.at(-1)) ideals.push(node(idealArgs));
    }
    const r: Result = {
      records: first.records,
      build: median(builds.map((b) => b.out.ms)),
      buildWall: median(builds.map((b) => b.wall)),
      floor: median(floors.map((f) => f.out.ms)),
      floorWall: median(floors.map((f) => f.wall)),
      rss: Math.max(...builds.map((b) => b.out.rss)),
      floorRss: Math.max(...floors.map((f) => f.out.rss)),
      ...(ideals.length > 0 ? { ideal: median(ideals.map((b) => b.out.ms)), idealWall: median(ideals.map((b) => b.wall)) } : {}),
    };
    results.set(n, r);
    console.log(
      `${String(r.records).padStart(7)} records: build ${s(r.build)} s (whole process ${s(r.buildWall)} s), floor ${s(r.floor)} s (${s(r.floorWall)} s), build/floor ${(r.build / r.floor).toFixed(2)} (${(r.buildWall / r.floorWall).toFixed(2)} whole process), peak RSS ${(r.rss / 2 ** 20).toFixed(0)} MiB (floor ${(r.floorRss / 2 ** 20).toFixed(0)} MiB)`,
    );
    if (r.ideal !== undefined && r.idealWall !== undefined)
      console.log(
        `${String(r.records).padStart(7)} records: ideal build ${s(r.ideal)} s (whole process ${s(r.idealWall)} s), ideal/floor ${(r.ideal / r.floor).toFixed(2)}: every rule and export shared perfectly by both threads, nothing merged`,
      );
    if (n === 10000) {
      const ajv = median(Array.from({ length: RUNS }, () => ajvCli(dir, plugin)));
      peer = { build: r.buildWall, ajv };
      console.log(`ajv-cli at ${r.records} records: ${s(ajv)} s whole process (7 tables, one run each), build ${s(r.buildWall)} s whole process`);
    }
    if (n === SIZES.at(-1)) {
      const measure = join(ROOT, 'scripts', 'bench', 'measure-load.mjs');
      const entry: number[] = [];
      const parse: number[] = [];
      // Two loads of ~0.4 s each: their ratio moves by ±10% from one pair to the next on a shared 2-core
      // machine, so more pairs than the builds' five, each taken in turn in the other order.
      for (let i = 0; i < LOAD_PAIRS; i++) {
        const pair = (mode: 'entry' | 'json') => node([measure, join(dir, 'dist'), mode]).out.ms;
        if (i % 2 === 0) {
          entry.push(pair('entry'));
          parse.push(pair('json'));
        } else {
          parse.push(pair('json'));
          entry.push(pair('entry'));
        }
      }
      // The ratio is the median of each run's pair, taken one after the other: a machine whose speed drifts
      // during the runs moves both halves of a pair, not one median against the other.
      load = { entry: median(entry), parse: median(parse), ratio: median(entry.map((e, i) => e / parse[i]!)) };
      console.log(`load on plain node: main entry ${load.entry.toFixed(1)} ms, JSON.parse of the same data ${load.parse.toFixed(1)} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [k10, k50, k100] = [results.get(10000), results.get(50000), results.get(100000)];
if (k10 && k50 && k100) {
  const early = (k50.build - k10.build) / (k50.records - k10.records);
  const late = (k100.build - k50.build) / (k100.records - k50.records);
  console.log(`per-record cost: 10k->50k ${(early * 1000).toFixed(1)} µs, 50k->100k ${(late * 1000).toFixed(1)} µs, ratio ${(late / early).toFixed(2)}`);
}
if (load) console.log(`load ratio (main entry / JSON.parse, plain node) = ${load.ratio.toFixed(2)}`);
if (k100?.ideal !== undefined)
  console.log(
    `ideal: ideal build/floor at 100000 records = ${(k100.ideal / k100.floor).toFixed(2)} (a lower bound for build/floor while the rules and exports cost what they do)`,
  );
if (peer) console.log(`peer: build/ajv-cli at 10000 records = ${(peer.build / peer.ajv).toFixed(2)}`);
if (k10 && k100)
  console.log(`bench: build/floor at 100000 records = ${(k100.build / k100.floor).toFixed(2)}, time(100k)/time(10k) = ${(k100.build / k10.build).toFixed(2)}`);
