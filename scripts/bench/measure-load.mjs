// @ts-check
// Loading the package's main entry against JSON.parse of the same data, in-process (Node's start-up
// excluded), on plain node: no TypeScript loader, as a user of the package loads it.
//   node scripts/bench/measure-load.mjs <dist> entry|json
// "The same data" is the very files the entry reads: json/<table>.json for each table module in
// tables/ (not json/dataset.json, which holds the same records in one file of another layout, and
// parses at another speed). Both modes keep what they loaded alive until the clock stops, so that
// neither is spared the garbage collector's work on it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = process.argv[2] ?? '';
const mode = process.argv[3];
if (mode !== 'entry' && mode !== 'json') throw new Error('usage: measure-load.mjs <dist> entry|json');
const files = readdirSync(join(dist, 'tables'))
  .filter((f) => f.endsWith('.cjs'))
  .map((f) => join(dist, 'json', `${f.slice(0, -'.cjs'.length)}.json`));
const t0 = performance.now();
const loaded = mode === 'entry' ? await import(pathToFileURL(join(dist, 'index.mjs')).href) : files.map((f) => JSON.parse(readFileSync(f, 'utf8')));
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, loaded: Object.keys(loaded).length }));
