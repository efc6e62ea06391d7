import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../scripts/release/bundle.js';
import { buildSite } from '../scripts/site/build-site.js';
import { distMismatch } from '../scripts/release/dist-matches-data.js';
import { ROOT, copyProject, readJson, removeProject } from './support/project.js';

/** The bundle built with the process's time zone set to tz (Node applies a new TZ at once). */
function bundleIn(tz: string, root = ROOT): { name: string; bytes: Uint8Array } {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return buildBundle(root);
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/** A copy of the checkout with everything the release reads. */
function releasableCopy(): string {
  const dir = copyProject();
  for (const doc of ['CODEBOOK.md', 'CITATION.cff', 'LICENSE', 'README.md', 'CHANGELOG.md']) cpSync(join(ROOT, doc), join(dir, doc));
  return dir;
}

const copies: string[] = [];
afterAll(() => copies.forEach(removeProject));

/** The bundle built in UTC from the checkout, which every case reads. */
const { name, bytes } = bundleIn('UTC');

describe('the release bundle', () => {
  const version = readJson(join(ROOT, 'package.json')).version;
  const files = unzipSync(bytes);
  const folder = `dprk-russia-treaty-${version}`;

  // West of UTC is the command line's case below (New York, a Turkish locale): each zone costs a whole bundle.
  it('is named with the version and has the same bytes in UTC and Pyongyang (east of UTC)', () => {
    expect(name).toBe(`${folder}.zip`);
    expect(Buffer.from(bundleIn('Asia/Pyongyang').bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it('stamps every entry 1980-01-01 00:00 in DOS time, and lists entries in code-unit order', () => {
    const view = Buffer.from(bytes);
    const names: string[] = [];
    // Central directory entries: signature 0x02014b50, DOS time at +12, date at +14, name length at +28.
    for (let at = view.indexOf('PK\x01\x02'); at >= 0; at = view.indexOf('PK\x01\x02', at + 4)) {
      expect([view.readUInt16LE(at + 12), view.readUInt16LE(at + 14)]).toEqual([0, (0 << 9) | (1 << 5) | 1]);
      names.push(view.toString('utf8', at + 46, at + 46 + view.readUInt16LE(at + 28)));
    }
    expect(names.length).toBe(Object.keys(files).length);
    expect(names).toEqual([...names].sort());
  });

  it('holds every CSV of the datapackage, the descriptor, codebook, citation and licence', () => {
    const dp = readJson(join(ROOT, 'dist', 'datapackage.json'));
    for (const r of dp.resources) expect(strFromU8(files[`${folder}/${r.path}`]!)).toBe(readFileSync(join(ROOT, 'dist', r.path), 'utf8'));
    for (const doc of ['datapackage.json', 'CODEBOOK.md', 'CITATION.cff', 'citation.bib', 'LICENSE']) expect(files[`${folder}/${doc}`], doc).toBeDefined();
  });

  it('has its own README, whose every path exists in the zip, and no Excel copies of the CSVs', () => {
    const readme = strFromU8(files[`${folder}/README.md`]!);
    expect(readme).not.toBe(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(readme).not.toMatch(/dist\/|npm run/);
    const paths = [...readme.matchAll(/`((?:csv|parquet|load|figures)\/[\w.-]+|[\w-]+\.(?:xlsx|json|md|cff|bib))`/g)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThan(10);
    for (const p of paths) expect(files[`${folder}/${p}`], p).toBeDefined();
    expect(Object.keys(files).some((f) => f.includes('csv-excel/'))).toBe(false);
  });

  it('holds the workbook, the figures, the column types and a codebook whose paths hold inside the zip', () => {
    for (const f of ['dprk-russia-treaty.xlsx', 'figures/timeline.svg', 'figures/clause-topics.svg', 'load/pandas.json', 'load/readr.R', 'load/duckdb.sql'])
      expect(files[`${folder}/${f}`], f).toBeDefined();
    const codebook = strFromU8(files[`${folder}/CODEBOOK.md`]!);
    const csvPaths = [...codebook.matchAll(/File: `([^`]+)`/g)].map((m) => m[1]!);
    expect(csvPaths.length).toBeGreaterThan(0);
    for (const p of csvPaths) expect(files[`${folder}/${p}`], p).toBeDefined();
  });

  it('carries the explorer as explorer/: the very files npm run site writes', () => {
    const site = buildSite(ROOT);
    const explorer = Object.keys(files)
      .filter((f) => f.startsWith(`${folder}/explorer/`))
      .map((f) => f.slice(`${folder}/explorer/`.length));
    expect(explorer.sort()).toEqual([...site.keys()].sort());
    expect(strFromU8(files[`${folder}/explorer/index.html`]!)).toBe(site.get('index.html'));
  });
});

describe('the release does not trust dist/', () => {
  it('finds dist/ stale after an edit to data/, naming the first file that differs', async () => {
    const dir = releasableCopy();
    copies.push(dir);
    expect(await distMismatch(dir)).toBeUndefined();
    const path = join(dir, 'data', 'parties', 'russia.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"name": "', '"name": "The '));
    expect(await distMismatch(dir)).toBe('dist/csv/parties.csv does not match data/');
  });

  it('refuses a link or a FIFO in dist/ by what it is, never following or reading it (a link to / walked the disk, a FIFO hung the release)', async () => {
    const dir = releasableCopy();
    copies.push(dir);
    const refusal = async (make: (path: string) => void, at: string) => {
      const path = join(dir, 'dist', at);
      const kept = readFileSync(path);
      rmSync(path);
      make(path);
      // Should the FIFO ever be read again, a writer ends the blocked read after 3 s: the test then fails instead of hanging.
      const writer = spawn('sh', ['-c', `sleep 3; [ -p '${path}' ] && echo x > '${path}'`], { stdio: 'ignore' });
      try {
        return await distMismatch(dir);
      } finally {
        writer.kill('SIGKILL');
        rmSync(path, { recursive: true, force: true });
        writeFileSync(path, kept);
      }
    };
    expect(await refusal((p) => symlinkSync('/', p), 'csv/events.csv')).toBe('dist/csv/events.csv is a symbolic link, not a file the build makes');
    expect(await refusal((p) => spawnSync('mkfifo', [p]), 'csv/events.csv')).toBe('dist/csv/events.csv is a FIFO (named pipe), not a file the build makes');
    // A link to a file of the very bytes the build makes is still not what the build makes.
    expect(await refusal((p) => symlinkSync(join(ROOT, 'dist', 'citation.bib'), p), 'citation.bib')).toBe(
      'dist/citation.bib is a symbolic link, not a file the build makes',
    );
    expect(await distMismatch(dir)).toBeUndefined();
  });

  it('refuses a document that is a link (LICENSE -> a secret elsewhere) instead of zipping what it points at', () => {
    const dir = releasableCopy();
    copies.push(dir);
    writeFileSync(join(dir, 'secret.txt'), 'TOKEN=hunter2\n');
    rmSync(join(dir, 'LICENSE'));
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'LICENSE'));
    expect(() => buildBundle(dir)).toThrow(/^LICENSE \/: is a symbolic link: only regular files are read$/);
  });

  it('command line: refuses to write the zip through a link named release/', () => {
    const dir = releasableCopy();
    copies.push(dir);
    const elsewhere = `${dir}-elsewhere`;
    copies.push(elsewhere);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(dir, 'release'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'release', 'release.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATASET_ROOT: dir },
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('release failed: release is a symbolic link: the zip is written only into a real folder release/ (nothing was written)\n');
    expect(r.status).toBe(1);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('command line: writes in New York (west of UTC) under a Turkish locale the same zip as in UTC', () => {
    const dir = releasableCopy();
    copies.push(dir);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'release', 'release.ts')], {
      cwd: ROOT,
      env: { ...process.env, TZ: 'America/New_York', LC_ALL: 'tr_TR.UTF-8', DATASET_ROOT: dir },
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // The same bytes as the bundle built in UTC in this process (above).
    expect(readFileSync(join(dir, 'release', `dprk-russia-treaty-${readJson(join(ROOT, 'package.json')).version}.zip`)).equals(Buffer.from(bytes))).toBe(true);
  });
});
