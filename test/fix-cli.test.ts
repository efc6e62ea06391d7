import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireCheckoutLock, LOCK_FILE } from '../scripts/export/checkout-lock.js';
import { ROOT, copyProject, findRecord, removeProject, runScript, scriptArgs, treeHash, writeFile } from './support/project.js';

/** npm run fix on the command line, against a copy of the dataset. */
const fix = (dir: string, as: string[] = []) =>
  as.length === 0
    ? runScript('fix', dir)
    : spawnSync(as[0]!, [...as.slice(1), process.execPath, ...scriptArgs('fix')], { env: { ...process.env, DATASET_ROOT: dir }, encoding: 'utf8' });

describe('npm run fix', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyProject();
  });
  afterAll(() => removeProject(dir));

  it('leaves data in canonical form as it is', () => {
    const before = treeHash(join(dir, 'data'));
    const r = fix(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^fix: 0 of \d+ record files rewritten/m);
    expect(treeHash(join(dir, 'data'))).toEqual(before);
  });

  it('rewrites a record in canonical form (key order, indent, line ends, final newline) without changing a value', () => {
    const event = findRecord('events', (e) => e.type === 'signing' && e.treaty === 'csp-2024');
    const file = `data/events/${event.id}.json`;
    const canonical = readFileSync(join(ROOT, file), 'utf8');
    // Keys reversed, no indent, CRLF line ends and no final newline: every way a hand edit drifts.
    const reversed = Object.fromEntries(Object.entries(event).reverse());
    writeFile(dir, file, JSON.stringify(reversed, null, 4).replaceAll('\n', '\r\n'));
    const r = fix(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`fixed ${file}`);
    expect(r.stdout).toMatch(/^fix: 1 of \d+ record files rewritten/m);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(canonical);
  });

  it('writes every string in NFC (a Korean title typed as decomposed jamo comes back composed)', () => {
    const source = findRecord('sources', (s) => /[가-힣]/.test(s.title));
    const file = `data/sources/${source.id}.json`;
    const canonical = readFileSync(join(ROOT, file), 'utf8');
    const decomposed = canonical.replace(JSON.stringify(source.title), JSON.stringify(source.title.normalize('NFD')));
    expect(decomposed).not.toBe(canonical);
    writeFile(dir, file, decomposed);
    const r = fix(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`fixed ${file}`);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(canonical);
  });
});

describe('npm run fix, on what it cannot fix', () => {
  const dirs: string[] = [];
  const copy = () => {
    const dir = copyProject();
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) removeProject(dir);
  });
  const party = findRecord('parties');
  const drifted = `${JSON.stringify(party, null, 4)}\n`;

  it('escapes the file names it prints, reports a file it cannot read as check does (file and pointer), and exits 1', () => {
    const dir = copy();
    writeFile(dir, 'data/parties/\u001b[2J\u001b[32mbuild ok\u001b[0m.json', drifted);
    execFileSync('mkfifo', [join(dir, 'data', 'parties', 'pipe\u001b[31m.json')]);
    const r = fix(dir);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(r.stdout).toContain('fixed data/parties/\\u001b[2J\\u001b[32mbuild ok\\u001b[0m.json\n');
    expect(r.stderr).toMatch(/^data\/parties\/pipe\\u001b\[31m\.json \/: is a FIFO \(named pipe\)/m);
    expect(r.status).toBe(1);
  });

  it('fails in one line naming the path when it cannot write, and leaves the record whole and no temporary file', () => {
    const dir = copy();
    const file = `data/parties/${party.id}.json`;
    writeFile(dir, file, drifted);
    // Root ignores permissions, so as root fix runs as nobody (setpriv) on a copy nobody owns.
    const root = process.getuid?.() === 0;
    if (root) execFileSync('chown', ['-R', 'nobody', dir]);
    chmodSync(dir, 0o755);
    chmodSync(join(dir, file), 0o444);
    chmodSync(join(dir, 'data', 'parties'), 0o555);
    try {
      const r = fix(dir, root ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'] : []);
      expect(r.stderr).toMatch(/^fix failed: data\/parties\/\.fix-\d+\.tmp: permission denied \(EACCES in open\)\n$/);
      expect(r.status).toBe(1);
      expect(readFileSync(join(dir, file), 'utf8')).toBe(drifted);
      expect(readdirSync(join(dir, 'data', 'parties')).filter((n) => !n.endsWith('.json'))).toEqual([]);
    } finally {
      chmodSync(join(dir, 'data', 'parties'), 0o755);
    }
  });

  it("waits for the checkout's lock like build and release, and refuses in one line when it stays held", async () => {
    const dir = copy();
    const release = await acquireCheckoutLock(dir, 'build');
    try {
      const r = runScript('fix', dir, { DATASET_LOCK_WAIT_MS: '0' });
      expect(r.stderr).toMatch(new RegExp(`fix failed: \\${LOCK_FILE} is held by build \\(pid ${process.pid}, since .*\\); waited 0 s`));
      expect(r.status).toBe(1);
    } finally {
      release();
    }
  });

  it('names each record it cannot rewrite as it is (nested too deep; over the size limit once indented; a number it cannot write back), leaves it, and still fixes the others', () => {
    const dir = copy();
    const file = `data/parties/${party.id}.json`;
    writeFile(dir, file, drifted);
    const deep = `{"id": "zz-deep", "aliases": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    writeFile(dir, 'data/parties/zz-deep.json', deep);
    // 40 KB as written, about 8 MB with two spaces of indent per level: the check reads it, and would not read it rewritten.
    const big = `{"id": "zz-big", "aliases": ${'['.repeat(2000)}${']'.repeat(2000)}}`;
    writeFile(dir, 'data/parties/zz-big.json', big);
    // Written back, 1e400 would become null and the 20 digits would lose their last 3.
    const numbers = '{"id": "zz-num", "aliases": 1e400, "zz": 12345678901234567890}';
    writeFile(dir, 'data/parties/zz-num.json', numbers);
    // A number that only looks different ("397.0", "1E2"), or digits in a string, is rewritten as before.
    writeFile(dir, 'data/parties/zz-same.json', '{"id": "zz-same", "aliases": "12345678901234567890", "zz": 397.0, "zy": 1E2}');
    const r = fix(dir);
    expect(r.stderr).toMatch(/^data\/parties\/zz-deep\.json \/: is nested too deep to be rewritten/m);
    expect(r.stderr).toMatch(
      /^data\/parties\/zz-big\.json \/: would be \d+ bytes in canonical form, over the 1048576-byte limit for one record \(left as it is/m,
    );
    expect(r.stderr).toContain('data/parties/zz-num.json /: holds 1e400, 12345678901234567890, which would not be written back as it is');
    expect(r.stdout).toContain(`fixed ${file}`);
    expect(r.stdout).toContain('fixed data/parties/zz-same.json');
    expect(r.status).toBe(1);
    expect(readFileSync(join(dir, 'data', 'parties', 'zz-deep.json'), 'utf8')).toBe(deep);
    expect(readFileSync(join(dir, 'data', 'parties', 'zz-big.json'), 'utf8')).toBe(big);
    expect(readFileSync(join(dir, 'data', 'parties', 'zz-num.json'), 'utf8')).toBe(numbers);
    expect(JSON.parse(readFileSync(join(dir, 'data', 'parties', 'zz-same.json'), 'utf8'))).toEqual({
      id: 'zz-same',
      aliases: '12345678901234567890',
      zz: 397,
      zy: 100,
    });
    expect(readFileSync(join(dir, file), 'utf8')).toBe(readFileSync(join(ROOT, file), 'utf8'));
  });

  it('removes the temporary file a fix killed outright left beside a record, and only when its fix is dead', () => {
    const dir = copy();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFile(dir, `data/parties/.fix-${dead}.tmp`, drifted);
    writeFile(dir, `data/parties/.fix-${process.pid}.tmp`, drifted);
    const r = fix(dir);
    expect(readdirSync(join(dir, 'data', 'parties')).filter((n) => !n.endsWith('.json'))).toEqual([`.fix-${process.pid}.tmp`]);
    expect(r.stderr).toMatch(new RegExp(`^data/parties/\\.fix-${process.pid}\\.tmp /: is not a \\.json record file$`, 'm'));
  });

  it('names the record when a write fails (a size limit, as a full disk would), and leaves it whole', () => {
    const dir = copy();
    const file = `data/parties/${party.id}.json`;
    // Once without the limit, so that the launcher's bundle exists (it could not be written under it).
    expect(fix(dir).status).toBe(0);
    writeFile(dir, file, drifted);
    // A file size limit of 1 KiB (ulimit -f): the rewritten record cannot be written; Node reports EFBIG.
    const command = [process.execPath, ...scriptArgs('fix')].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('bash', ['-c', `ulimit -f 1; exec ${command}`], { env: { ...process.env, DATASET_ROOT: dir }, encoding: 'utf8' });
    expect(r.stderr).toBe(`fix failed: ${file}: file too large (EFBIG in write)\n`);
    expect(r.status).toBe(1);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(drifted);
    expect(readdirSync(join(dir, 'data', 'parties')).filter((n) => !n.endsWith('.json'))).toEqual([]);
  });

  it('fails in one line, as check does, for a dataset folder without schema/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dprk-no-schema-'));
    dirs.push(dir);
    const r = fix(dir);
    expect(r.stderr).toBe('fix failed: schema: no such file or folder (ENOENT in scandir)\n');
    expect(r.status).toBe(1);
    const c = runScript('check', dir);
    expect(c.stderr).toBe('check failed: schema: no such file or folder (ENOENT in scandir)\n');
    expect(c.status).toBe(1);
  });
});
