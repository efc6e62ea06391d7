import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NO_RELEASES, readReleases } from '../scripts/load/read-releases.js';
import { checkDataset, checkRecords } from '../scripts/pipeline.js';
import { formatProblem } from '../scripts/problem.js';
import { copyProject, removeProject, ROOT, runBuild, runScript, treeHash } from './support/project.js';
import { ofRule, realRecords, realSchemas } from './support/rules.js';

/**
 * releases/ is read by the rules of record files: whatever would be a release is read whole or
 * reported, every problem at once (never thrown, never followed if a link, never waited on if a
 * FIFO), each naming its file and pointer and saying how to put it right.
 */
const scratch = mkdtempSync(join(tmpdir(), 'dprk-releases-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
/** A project folder holding only releases/, its files given as path -> text (or bytes). */
const project = (files: Record<string, string | Buffer> = {}): string => {
  const dir = join(scratch, String(n++));
  mkdirSync(join(dir, 'releases'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
};
const lines = (dir: string) => readReleases(dir).problems.map((p) => `${p.file} ${p.pointer || '/'}: ${p.message}`);
const IDS = JSON.stringify({ events: { 'csp-2024-signing': '0123456789abcdef' } });

describe('readReleases', () => {
  it('reads the real releases, without a problem, in release order', () => {
    const releases = readReleases(ROOT);
    expect(releases.problems).toEqual([]);
    expect(releases.versions).toContain('0.1.0');
    expect(releases.frozen.length).toBeGreaterThan(600);
  });

  it('has promised nothing without releases/', () => {
    const dir = join(scratch, 'none');
    mkdirSync(dir);
    expect(readReleases(dir)).toEqual(NO_RELEASES);
  });

  it('refuses releases/ that is a file, a link or a FIFO, in one problem', () => {
    const dir = project();
    rmSync(join(dir, 'releases'), { recursive: true });
    writeFileSync(join(dir, 'releases'), 'x');
    expect(lines(dir)).toEqual(["releases /: is a file: the releases' ids are read only from a real folder releases/"]);
    rmSync(join(dir, 'releases'));
    symlinkSync(join(ROOT, 'releases'), join(dir, 'releases'));
    expect(lines(dir)).toEqual(["releases /: is a symbolic link: the releases' ids are read only from a real folder releases/"]);
    rmSync(join(dir, 'releases'));
    execFileSync('mkfifo', [join(dir, 'releases')]);
    expect(lines(dir)).toEqual(["releases /: is a FIFO (named pipe): the releases' ids are read only from a real folder releases/"]);
  });

  it('reports every broken release file at once, each with its pointer and a fix, never quoting it', () => {
    const dir = project({
      'releases/0.1.0/ids.json': '{ "events": { "a": "1", } }',
      'releases/0.2.0/ids.json': '["events"]',
      'releases/0.3.0/ids.json': JSON.stringify({ events: ['a'], claims: { b: 7, c: 'x' } }),
      'releases/0.4.0/ids.json': '{ "events": { "a": "1", "a": "2" } }',
      'releases/0.5.0/ids.json': Buffer.from([0x7b, 0xff, 0x7d]),
      'releases/0.6.0/ids.json': '',
      'releases/0.7.0/ids.json': 'TOKEN=hunter2',
      'releases/retired.json': '{}',
    });
    const problems = readReleases(dir).problems;
    expect(problems.map((p) => `${p.file} ${p.pointer || '/'}: ${p.message}`)).toEqual([
      "releases/0.1.0/ids.json /: is not valid JSON: unexpected '}' at line 1, column 25",
      'releases/0.2.0/ids.json /: must be an object of tables, each an object of ids and their records\' hashes ({ "<table>": { "<id>": "<hash>" } })',
      "releases/0.3.0/ids.json /claims/b: must be the record's hash (a string)",
      'releases/0.3.0/ids.json /events: must be an object of ids and their records\' hashes ({ "<id>": "<hash>" })',
      'releases/0.4.0/ids.json /events/a: duplicate key at line 1, column 25 (first at line 1, column 15): keys of an object must be unique',
      'releases/0.5.0/ids.json /: is not valid UTF-8',
      'releases/0.6.0/ids.json /: is empty',
      'releases/0.7.0/ids.json /: is not valid JSON: unexpected character at line 1, column 1',
      'releases/retired.json /: must be a list of retirements { "id", "table", "retired_in", "reason", "replaced_by" (if any) }',
    ]);
    for (const p of problems) expect(p.fix, `${p.file} ${p.pointer}`).toMatch(/./);
    expect(problems.filter((p) => p.file.endsWith('ids.json')).every((p) => p.fix!.startsWith('restore it as the release wrote it'))).toBe(true);
    expect(problems.map(formatProblem).join('\n')).not.toContain('hunter2');
  });

  it('refuses a link, a FIFO, a folder and an oversized file where a release file should be, never following or waiting', () => {
    const dir = project({ 'releases/0.3.0/ids.json': `{"events":{${'"x":"y",'.repeat(1_100_000)}"z":"y"}}` });
    mkdirSync(join(dir, 'releases', '0.1.0'));
    symlinkSync(join(ROOT, 'releases', '0.1.0', 'ids.json'), join(dir, 'releases', '0.1.0', 'ids.json'));
    mkdirSync(join(dir, 'releases', '0.2.0', 'ids.json'), { recursive: true });
    const fifo = join(dir, 'releases', 'retired.json');
    execFileSync('mkfifo', [fifo]);
    // Should the FIFO ever be read, a writer ends the blocked read after 3 s: the test then fails instead of hanging.
    const writer = spawn('sh', ['-c', `sleep 3; [ -p '${fifo}' ] && echo x > '${fifo}'`], { stdio: 'ignore' });
    try {
      expect(lines(dir)).toEqual([
        'releases/0.1.0/ids.json /: is a symbolic link: only regular files are read',
        'releases/0.2.0/ids.json /: is a folder: only regular files are read',
        'releases/0.3.0/ids.json /: is 8800020 bytes, over the 8388608-byte limit for a release file',
        'releases/retired.json /: is a FIFO (named pipe): only regular files are read',
      ]);
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('reads a folder as a release when it is named as a version or holds an ids.json, and each must have both', () => {
    const dir = project({
      'releases/0.1.0/NOTES.md': '# notes',
      'releases/v0.2.0/ids.json': IDS,
      'releases/drafts/NOTES.md': '# not a release',
      'releases/README.md': 'what releases/ holds',
      'releases/0.3.0': 'a file where a release folder should be',
    });
    symlinkSync(join(ROOT, 'releases', '0.1.0'), join(dir, 'releases', '0.4.0'));
    // A name that is not UTF-8: Node gives it with U+FFFD, and that name opens nothing.
    mkdirSync(Buffer.from([...Buffer.from(join(dir, 'releases', '0.5.0')), 0xff]) as unknown as string);
    expect(lines(dir)).toEqual([
      'releases/0.1.0/ids.json /: is missing: every release freezes its ids there, and without it the ids of 0.1.0 would be kept by nothing',
      'releases/0.3.0 /: is a file: a release is a real folder releases/<version>/ holding its ids.json',
      'releases/0.4.0 /: is a symbolic link: a release is a real folder releases/<version>/ holding its ids.json',
      'releases/0.5.0\ufffd /: has a name that is not valid UTF-8 (or holds U+FFFD), which no version can be',
      'releases/v0.2.0 /: holds an ids.json but is not named as a version (MAJOR.MINOR.PATCH): a release folder is named after the version it froze',
    ]);
  });

  it('reports every slip in releases/retired.json, keeping the entries that name an id', () => {
    const dir = project({
      'releases/retired.json': JSON.stringify([
        { id: 'a', table: 'events', retired_in: '1.0.0', reason: 'merged' },
        'b',
        { id: 'c', table: 'events', retired_in: '<next version>', 'replaced-by': 'a' },
        { table: 'events', retired_in: '1.0.0' },
        { id: 'a', table: 'events', retired_in: '1.0.0', reason: 7 },
      ]),
    });
    const releases = readReleases(dir);
    expect(releases.problems.map((p) => `${p.pointer}: ${p.message} (${p.fix})`)).toEqual([
      '/1: must be a retirement { "id", "table", "retired_in", "reason", "replaced_by" (if any) } (write the entry as { "id", "table", "retired_in", "reason", "replaced_by" (if any) }, or remove it)',
      '/2/replaced-by: is not a property of a retirement (unknown key "replaced-by") (did you mean "replaced_by"? If not, remove it: a retirement has id, table, retired_in, reason, replaced_by)',
      '/2/retired_in: must be the version that retired it (MAJOR.MINOR.PATCH) (write the version that retired it (MAJOR.MINOR.PATCH) as a string)',
      '/3/id: must be the retired id (write the retired id as a string)',
      '/4/id: retires "a" again (first at /0) (keep one of the two entries)',
      '/4/reason: must be why it was retired (write why it was retired as a string)',
    ]);
    expect([...releases.retired.keys()]).toEqual(['a', 'c']);
    expect(releases.retiredKnown).toBe(true);
  });

  it('names the first release that froze a missing id, by version (0.2.0 before 0.10.0)', () => {
    const dir = project({ 'releases/0.10.0/ids.json': IDS, 'releases/0.2.0/ids.json': IDS, 'releases/0.2.0-rc.1/ids.json': '{}' });
    const releases = readReleases(dir);
    expect(releases.versions).toEqual(['0.2.0-rc.1', '0.2.0', '0.10.0']);
    const without = realRecords.filter((r) => r.file !== 'data/events/csp-2024-signing.json');
    expect(ofRule(checkRecords(realSchemas, without, undefined, releases).problems, 'released-ids-kept').map((p) => p.message)).toEqual([
      'events/csp-2024-signing, an id of release 0.2.0, has no record: ids are never removed silently',
    ]);
  });

  it('says no id is missing while releases/retired.json cannot be read: any of them may be retired there', () => {
    const dir = project({ 'releases/0.1.0/ids.json': IDS, 'releases/retired.json': '[{"id": "csp-2024-signing", ' });
    const releases = readReleases(dir);
    expect(releases.retiredKnown).toBe(false);
    const without = realRecords.filter((r) => r.file !== 'data/events/csp-2024-signing.json');
    expect(ofRule(checkRecords(realSchemas, without, undefined, releases).problems, 'released-ids-kept')).toEqual([]);
  });
});

describe('npm run check and the build on a checkout whose releases/ is broken', () => {
  const dir = copyProject();
  afterAll(() => removeProject(dir));

  it("report each problem of releases/ with the records' own, in one line each with its fix, and write nothing", () => {
    cpSync(join(ROOT, 'releases'), join(dir, 'releases'), { recursive: true });
    writeFileSync(join(dir, 'releases', '0.1.0', 'ids.json'), '{ "events": ');
    writeFileSync(join(dir, 'releases', 'retired.json'), JSON.stringify([{ id: 'x', table: 'events', retired_in: 'soon' }]));
    writeFileSync(join(dir, 'data', 'events', 'zz-broken.json'), '{');
    const before = treeHash(join(dir, 'dist'));
    const check = runScript('check', dir);
    expect(check.status).toBe(1);
    expect(check.stderr).not.toMatch(/^\s+at /m);
    expect(check.stderr).toContain('releases/0.1.0/ids.json /: is not valid JSON: unexpected end of input at line 1, column 13\n    fix: restore it');
    expect(check.stderr).toContain('releases/retired.json /0/retired_in: must be the version that retired it (MAJOR.MINOR.PATCH)\n    fix: ');
    expect(check.stderr).toContain('data/events/zz-broken.json /: is not valid JSON');
    const build = runBuild(dir);
    expect(build.status).toBe(1);
    expect(build.stderr).not.toMatch(/^\s+at /m);
    expect(build.stderr).toContain('releases/0.1.0/ids.json /: is not valid JSON');
    expect(treeHash(join(dir, 'dist'))).toEqual(before);
  });

  it("say nothing of a release's ids when a table cannot be listed: its listing problem is reported alone", async () => {
    rmSync(join(dir, 'data', 'events', 'zz-broken.json'));
    cpSync(join(ROOT, 'releases'), join(dir, 'releases'), { recursive: true });
    rmSync(join(dir, 'data', 'claims'), { recursive: true });
    const problems = (await checkDataset(dir)).problems.map(formatProblem);
    expect(problems).toEqual(['data/claims /: has no records: every table holds at least one (data/claims/<id>.json)']);
  });
});
