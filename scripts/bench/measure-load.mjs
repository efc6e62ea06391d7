// @ts-check
// Loading the package's main entry against JSON.parse of the same data, in-process (Node's start-up
// excluded), on plain node: no TypeScript loader, as a user of the package loads it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = process.argv[2] ?? '';
const mode = process.argv[3];
const t0 = performance.now();
if (mode === 'entry') await import(pathToFileURL(join(dist, 'index.mjs')).href);
else JSON.parse(readFileSync(join(dist, 'json', 'dataset.json'), 'utf8'));
console.log(JSON.stringify({ ms: performance.now() - t0 }));
