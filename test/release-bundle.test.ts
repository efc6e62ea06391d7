import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../scripts/release/bundle.js';
import { excelCell, excelCopy } from '../scripts/release/excel-safe.js';
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

describe('the release bundle', () => {
  const { name, bytes } = bundleIn('UTC');
  const version = readJson(join(ROOT, 'package.json')).version;
  const files = unzipSync(bytes);
  const folder = `dprk-russia-treaty-${version}`;

  it('is named with the version and has the same bytes in UTC, New York (west of UTC) and Pyongyang', () => {
    expect(name).toBe(`${folder}.zip`);
    for (const tz of ['America/New_York', 'Asia/Pyongyang']) expect(Buffer.from(bundleIn(tz).bytes).equals(Buffer.from(bytes)), tz).toBe(true);
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

  it('has an Excel-ready copy of each CSV: a byte-order mark, then the same bytes (the data has no formula)', () => {
    const excel = Object.keys(files).filter((f) => f.startsWith(`${folder}/csv-excel/`));
    expect(excel.length).toBe(Object.keys(files).filter((f) => f.startsWith(`${folder}/csv/`)).length);
    // Compared as bytes: fflate's strFromU8 would drop the byte-order mark.
    for (const f of excel) expect(Buffer.from(files[f]!).equals(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), files[f.replace('/csv-excel/', '/csv/')]!])), f).toBe(true);
  });
});

describe('the release does not trust dist/', () => {
  it('neutralises every formula-like cell in its Excel copies (= + - @ tab CR), but not plain numbers', () => {
    const csv = 'id,text,n\r\na,"=HYPERLINK(""x"")",-3\r\nb,+1,-0.5\r\nc,-1+1,1\r\nd,@SUM(A1),2\r\ne,"\tTAB",3\r\ng,plain,5\r\n';
    expect(excelCopy(csv)).toBe('\uFEFFid,text,n\r\na,"\'=HYPERLINK(""x"")",-3\r\nb,\'+1,-0.5\r\nc,\'-1+1,1\r\nd,\'@SUM(A1),2\r\ne,\'\tTAB,3\r\ng,plain,5\r\n');
    expect(excelCell('\rCR')).toBe("'\rCR");
  });

  it('neutralises a formula planted in dist/csv', () => {
    const dir = releasableCopy();
    copies.push(dir);
    const events = join(dir, 'dist', 'csv', 'events.csv');
    const [header, first, ...rest] = readFileSync(events, 'utf8').split('\r\n');
    writeFileSync(events, [header, first!.replace(/^[^,]+/, '=cmd|calc!A1'), ...rest].join('\r\n'));
    const files = unzipSync(buildBundle(dir).bytes);
    const excel = strFromU8(Object.entries(files).find(([f]) => f.endsWith('/csv-excel/events.csv'))![1]);
    expect(excel.split('\r\n')[1]).toMatch(/^'=cmd\|calc!A1,/);
  });

  it('finds dist/ stale after an edit to data/, naming the first file that differs', async () => {
    const dir = releasableCopy();
    copies.push(dir);
    expect(await distMismatch(dir)).toBeUndefined();
    const path = join(dir, 'data', 'parties', 'russia.json');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"name": "', '"name": "The '));
    expect(await distMismatch(dir)).toBe('dist/csv/parties.csv does not match data/');
  });

  it('command line: writes in New York (west of UTC) under a Turkish locale the same zip as in UTC', () => {
    const dir = releasableCopy();
    copies.push(dir);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'release', 'release.ts')], { cwd: ROOT, env: { ...process.env, TZ: 'America/New_York', LC_ALL: 'tr_TR.UTF-8', DATASET_ROOT: dir }, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'release', `dprk-russia-treaty-${readJson(join(ROOT, 'package.json')).version}.zip`)).equals(Buffer.from(bundleIn('UTC').bytes))).toBe(true);
  });
});
