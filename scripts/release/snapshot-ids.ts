import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readRecords } from '../load/read-records.js';
import { readSchemas } from '../load/read-schemas.js';
import { readMeta } from '../load/read-meta.js';
import { readReleases } from '../load/read-releases.js';
import { compareVersions } from '../load/version.js';
import { formatProblem } from '../problem.js';
import { compareSnapshots, type Snapshot } from './compare-snapshots.js';

/**
 * npm run release:ids — freezes the ids of this release in releases/<version>/ids.json (each with a
 * hash of its record, so later releases can say what changed) and writes the release notes: ids
 * added, changed and retired since the previous release. A version frozen already is never frozen
 * again from other data (its users hold its ids and hashes), unless told that it was never
 * published (--refreeze).
 */
const ROOT = resolve(process.env.DATASET_ROOT ?? join(import.meta.dirname, '..', '..'));
const refreeze = process.argv.slice(2).includes('--refreeze');

const { version } = readMeta(ROOT);
// The past releases, read as the build reads them: a damaged release file is reported, never built upon.
const releases = readReleases(ROOT);
if (releases.problems.length > 0) {
  for (const p of releases.problems) console.error(formatProblem(p));
  console.error('release:ids failed: put releases/ right first (npm run check says the same)');
  process.exit(1);
}
const schemas = readSchemas(join(ROOT, 'schema'));
const { records, problems } = readRecords(
  ROOT,
  schemas.tables.map((t) => t.table),
);
if (problems.length > 0) throw new Error('fix the data first: npm run build:data');
const snapshot: Snapshot = {};
for (const r of records) {
  const id = (r.data as { id: string }).id;
  snapshot[r.table] ??= {};
  snapshot[r.table]![id] = createHash('sha256').update(JSON.stringify(r.data)).digest('hex').slice(0, 16);
}
for (const table of Object.keys(snapshot)) snapshot[table] = Object.fromEntries(Object.entries(snapshot[table]!).sort(([a], [b]) => (a < b ? -1 : 1)));

const dir = join(ROOT, 'releases');
const previous = releases.versions.filter((v) => compareVersions(v, version) < 0).at(-1);
const before: Snapshot = previous ? JSON.parse(readFileSync(join(dir, previous, 'ids.json'), 'utf8')) : {};
const retired = releases.retired;

const frozenPath = join(dir, version, 'ids.json');
if (existsSync(frozenPath)) {
  const differing = compareSnapshots(JSON.parse(readFileSync(frozenPath, 'utf8')), snapshot).flatMap((t) => [...t.added, ...t.changed, ...t.gone]);
  if (differing.length === 0) {
    console.log(`releases/${version}/ids.json: frozen already, and the data agrees with it`);
    process.exit(0);
  }
  if (!refreeze) {
    console.error(
      `releases/${version}/ids.json: ${version} is frozen already, and ${differing.length} id(s) changed since (${differing.slice(0, 5).join(', ')}${differing.length > 5 ? ', ...' : ''})`,
    );
    console.error(
      `  fix: for the next release, raise the version (npm version patch or minor, and its heading in CHANGELOG.md), then run npm run release:ids; only if ${version} was never published, run npm run release:ids -- --refreeze`,
    );
    process.exit(1);
  }
}

const lines = [`# Release ${version}: ids`, '', previous ? `Compared with ${previous}.` : 'First release: every id is new.', ''];
for (const { table, added, changed, gone } of compareSnapshots(before, snapshot)) {
  lines.push(
    `## ${table}`,
    '',
    `- added (${added.length}): ${added.map((i) => `\`${i}\``).join(', ') || 'none'}`,
    `- changed (${changed.length}): ${changed.map((i) => `\`${i}\``).join(', ') || 'none'}`,
    `- retired (${gone.length}): ${gone.map((i) => `\`${i}\`${retired.has(i) ? '' : ' (NOT in releases/retired.json)'}`).join(', ') || 'none'}`,
    '',
  );
}
mkdirSync(join(dir, version), { recursive: true });
writeFileSync(frozenPath, `${JSON.stringify(snapshot, null, 2)}\n`);
writeFileSync(join(dir, version, 'NOTES.md'), `${lines.join('\n').trimEnd()}\n`);
console.log(`releases/${version}/ids.json: ${Object.values(snapshot).reduce((n, t) => n + Object.keys(t).length, 0)} ids`);
