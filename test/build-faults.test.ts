import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/pipeline.js';
import { StagedOutputs } from '../scripts/export/write-dist.js';
import { acquireCheckoutLock, LOCK_FILE, lockWaitFromEnvironment, processStart } from '../scripts/export/checkout-lock.js';
import { recoverInterrupted, stagingDir, writeOwner } from '../scripts/export/swap-journal.js';
import { failureLine } from '../scripts/fail.js';
import { BUILD_ARGS, ROOT, copyProject, removeProject, treeHash } from './support/project.js';

/**
 * Faults the build must survive: another build at the same time, a read-only dist/ or root, a full
 * disk, a kill in the middle of the final swap. Each leaves the old or the new dist/ and documents
 * (never a mix), says what went wrong in one line naming the path, leaves no temporary file, and the
 * next build works.
 */
const copies: string[] = [];
afterAll(() => copies.forEach(removeProject));
const DOCS = ['CODEBOOK.md', 'CITATION.cff'];

/** A copy of the checkout with its generated documents, so that their replacement can be seen. */
function checkout(): string {
  const dir = copyProject();
  for (const doc of DOCS) writeFileSync(join(dir, doc), readFileSync(join(ROOT, doc)));
  copies.push(dir);
  return dir;
}

/** The build's command line (one process), so a kill reaches the build itself. */
const buildArgs = BUILD_ARGS;
const startBuild = (dir: string, env: Record<string, string> = {}) =>
  spawn(process.execPath, buildArgs, { cwd: ROOT, env: { ...process.env, ...env, DATASET_ROOT: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
function finished(child: ReturnType<typeof startBuild>): Promise<{ status: number | null; stderr: string }> {
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += d;
  });
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stderr })));
}

/** Temporary names the build may leave in the work tree (none, once it has ended). */
const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.startsWith('.build') || /\.(new|old|tmp)\b/.test(n));
const docsOf = (dir: string) => DOCS.map((d) => readFileSync(join(dir, d), 'utf8'));
const committedDist = treeHash(join(ROOT, 'dist'));
const committedDocs = docsOf(ROOT);

describe('the checkout lock', () => {
  it('waits as long as DATASET_LOCK_WAIT_MS says, and refuses a value that is not a whole number of milliseconds (NaN would wait forever)', () => {
    expect(lockWaitFromEnvironment(undefined)).toBe(60_000);
    expect(lockWaitFromEnvironment('')).toBe(60_000);
    expect(lockWaitFromEnvironment('500')).toBe(500);
    for (const bad of ['abc', '-1', '1e3', '1.5', 'Infinity', '99999999999999999999'])
      expect(() => lockWaitFromEnvironment(bad), bad).toThrow(`DATASET_LOCK_WAIT_MS must be a whole number of milliseconds, not ${JSON.stringify(bad)}`);
  });

  it('lets one holder in; a second waits a bounded time, then refuses naming the holder', async () => {
    const dir = checkout();
    const release = await acquireCheckoutLock(dir, 'build');
    await expect(acquireCheckoutLock(dir, 'release', { waitMs: 150 })).rejects.toThrow(
      new RegExp(`^\\${LOCK_FILE} is held by build \\(pid ${process.pid}, since .*\\); waited 0 s\\. If no build is running, delete \\${LOCK_FILE}$`),
    );
    release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    (await acquireCheckoutLock(dir, 'release', { waitMs: 0 }))();
  });

  it('takes over a lock whose owner died, or whose pid now belongs to another process', async () => {
    const dir = checkout();
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    for (const owner of [
      { pid: dead, start: null },
      { pid: process.pid, start: 'not-my-start-time' },
    ]) {
      writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ ...owner, host: (await import('node:os')).hostname(), command: 'build', since: '' }));
      const release = await acquireCheckoutLock(dir, 'build', { waitMs: 0 });
      expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
      release();
    }
    expect(leftovers(dir)).toEqual([]);
  });

  it("escapes the holder's words it prints from the lock file, so a lock cannot colour the terminal or print a fake line", async () => {
    const dir = checkout();
    const host = (await import('node:os')).hostname();
    writeFileSync(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.pid, start: processStart(process.pid), host, command: '\u001b[2J\u001b[32mbuild ok\u001b[0m', since: '\u202e' }),
    );
    const told: string[] = [];
    const refusal = await acquireCheckoutLock(dir, 'build', { waitMs: 100, onWait: (m) => told.push(m) }).then(
      () => 'taken',
      (err: Error) => err.message,
    );
    expect(told).toEqual([`waiting for \\u001b[2J\\u001b[32mbuild ok\\u001b[0m (pid ${process.pid}, since \\u202e) to finish (.build.lock)`]);
    expect(refusal).toMatch(/^\.build\.lock is held by \\u001b\[2J\\u001b\[32mbuild ok\\u001b\[0m \(pid \d+, since \\u202e\)/);
  });

  it('refuses in one line, never reading or following it, a lock that is a FIFO, a folder or a link (a FIFO hung the build)', async () => {
    const dir = checkout();
    const lock = join(dir, LOCK_FILE);
    const refusal = (what: string) =>
      acquireCheckoutLock(dir, 'build', { waitMs: 0 }).then(
        (release) => {
          release();
          return 'taken';
        },
        (err: Error) => err.message.replace(what, '<what>'),
      );
    spawnSync('mkfifo', [lock]);
    // Should the FIFO ever be read again, a writer ends the blocked read after 3 s: the test then fails instead of hanging.
    const writer = spawn('sh', ['-c', `sleep 3; echo x > '${lock}'`], { stdio: 'ignore' });
    try {
      expect(await refusal('a FIFO (named pipe)')).toBe(`${LOCK_FILE} is <what>, not a lock file of a build: delete it`);
    } finally {
      writer.kill('SIGKILL');
    }
    rmSync(lock);
    mkdirSync(lock);
    expect(await refusal('a folder')).toBe(`${LOCK_FILE} is <what>, not a lock file of a build: delete it`);
    rmSync(lock, { recursive: true });
    symlinkSync(join(ROOT, 'package.json'), lock);
    expect(await refusal('a symbolic link')).toBe(`${LOCK_FILE} is <what>, not a lock file of a build: delete it`);
    rmSync(lock);
    expect(await refusal('')).toBe('taken');
  });

  it('never touches the staging folder of a live build; drops it once its owner is dead', async () => {
    const dir = checkout();
    const child = spawn('sleep', ['30']);
    await new Promise((r) => child.on('spawn', r));
    const stage = stagingDir(dir, child.pid!);
    mkdirSync(join(stage, 'new', 'dist'), { recursive: true });
    writeOwner(stage, { pid: child.pid!, start: processStart(child.pid!) });
    recoverInterrupted(dir);
    expect(existsSync(stage)).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.on('close', r));
    recoverInterrupted(dir);
    expect(existsSync(stage)).toBe(false);
  });

  it("rolls forward only a journal a build wrote: never a path out of the root, never through a link, never a FIFO's", () => {
    const dir = checkout();
    const before = treeHash(join(dir, 'dist'));
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const stage = stagingDir(dir, dead);
    const outside = `${dir}-outside.txt`;
    const refusal = () => {
      try {
        recoverInterrupted(dir);
        return 'recovered';
      } catch (err) {
        return failureLine('build', err, dir);
      }
    };
    // A journal naming a path out of the root would move the file staged for it there.
    mkdirSync(join(stage, 'new'), { recursive: true });
    writeFileSync(join(stage, `${dir.split('/').at(-1)}-outside.txt`), 'planted\n');
    writeFileSync(join(stage, 'COMMIT'), JSON.stringify({ targets: [`../${dir.split('/').at(-1)}-outside.txt`] }));
    expect(refusal()).toBe(
      `build failed: .build-${dead}/COMMIT does not list the targets of a swap (plain names in the root): it is not a journal a build wrote; look at .build-${dead}/ and delete it`,
    );
    expect(existsSync(outside)).toBe(false);
    rmSync(join(stage, 'COMMIT'));
    // A FIFO for a journal or an owner is never read (a writer ends a blocked read after 3 s, should it be).
    spawnSync('mkfifo', [join(stage, 'COMMIT'), join(stage, 'OWNER')]);
    const writer = spawn('sh', ['-c', `sleep 3; echo x > '${join(stage, 'OWNER')}'; echo x > '${join(stage, 'COMMIT')}'`], { stdio: 'ignore' });
    try {
      expect(refusal()).toBe(
        `build failed: .build-${dead}/COMMIT is a FIFO (named pipe): it is not a journal a build wrote; look at .build-${dead}/ and delete it`,
      );
      rmSync(join(stage, 'COMMIT'));
      expect(refusal()).toBe('recovered');
    } finally {
      writer.kill('SIGKILL');
    }
    expect(existsSync(stage)).toBe(false);
    // A staging name that is a link is removed, never followed into the folder it names.
    const elsewhere = `${dir}-elsewhere`;
    copies.push(elsewhere);
    mkdirSync(join(elsewhere, 'new', 'dist'), { recursive: true });
    writeFileSync(join(elsewhere, 'COMMIT'), JSON.stringify({ targets: ['dist'] }));
    symlinkSync(elsewhere, stage);
    expect(refusal()).toBe('recovered');
    expect(existsSync(stage)).toBe(false);
    expect(existsSync(join(elsewhere, 'new', 'dist'))).toBe(true);
    expect(treeHash(join(dir, 'dist'))).toEqual(before);
  });

  it('command line: two builds started together both succeed, one after the other, and dist/ is whole', async () => {
    const dir = checkout();
    const first = finished(startBuild(dir));
    await new Promise((r) => setTimeout(r, 300));
    const second = finished(startBuild(dir));
    const results = await Promise.all([first, second]);
    expect(results.map((r) => r.status)).toEqual([0, 0]);
    expect(treeHash(join(dir, 'dist'))).toEqual(committedDist);
    expect(docsOf(dir)).toEqual(committedDocs);
    expect(leftovers(dir)).toEqual([]);
  }, 60_000);
});

describe('faults while writing', () => {
  it('refuses to swap in over a dist/ that is a link (to a folder elsewhere), in one line, leaving it and its target as they were', async () => {
    const dir = checkout();
    const elsewhere = `${dir}-dist-elsewhere`;
    copies.push(elsewhere);
    renameSync(join(dir, 'dist'), elsewhere);
    symlinkSync(elsewhere, join(dir, 'dist'));
    const before = treeHash(elsewhere);
    const staged = new StagedOutputs(dir);
    const result = await buildDataset(dir, staged);
    expect(result.problems).toEqual([]);
    const err = await staged.commit().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failureLine('build', err, dir)).toBe('build failed: dist is a symbolic link: a build replaces only a real folder or file there; remove it');
    await staged.abort();
    expect(lstatSync(join(dir, 'dist')).isSymbolicLink()).toBe(true);
    expect(treeHash(elsewhere)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('command line, a short write (a file size limit, as a disk filling up gives): never taken for a whole file', async () => {
    const dir = checkout();
    // Once without the limit, so that the launcher's bundle exists (it could not be written under it).
    expect((await finished(startBuild(dir))).status).toBe(0);
    const russia = join(dir, 'data', 'parties', 'russia.json');
    writeFileSync(russia, readFileSync(russia, 'utf8').replace('"name": "', '"name": "The '));
    const before = { dist: treeHash(join(dir, 'dist')), docs: docsOf(dir) };
    // 100 KiB per file (ulimit -f): the kernel writes what fits of a bigger file and says so, without an error.
    const command = buildArgs.map((a) => `'${a}'`).join(' ');
    const r = spawnSync('bash', ['-c', `ulimit -f 100; exec '${process.execPath}' ${command}`], {
      env: { ...process.env, DATASET_ROOT: dir },
      encoding: 'utf8',
    });
    expect(r.stderr).toMatch(/^build failed: \.build-\d+\/new\/dist\/\S+: file too large \(EFBIG in write\)\n$/);
    expect(r.status).toBe(1);
    expect({ dist: treeHash(join(dir, 'dist')), docs: docsOf(dir) }).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('command line, not even the lock can be written (a full disk; here a file size limit of 0): one line naming it, no empty lock left behind', async () => {
    const dir = checkout();
    // Once without the limit, so that the launcher's bundle exists (it could not be written under it).
    expect((await finished(startBuild(dir))).status).toBe(0);
    const command = buildArgs.map((a) => `'${a}'`).join(' ');
    const r = spawnSync('bash', ['-c', `ulimit -f 0; exec '${process.execPath}' ${command}`], { env: { ...process.env, DATASET_ROOT: dir }, encoding: 'utf8' });
    expect(r.stderr).toBe(`build failed: ${LOCK_FILE}: file too large (EFBIG in write)\n`);
    expect(r.status).toBe(1);
    expect(leftovers(dir)).toEqual([]);
  });

  it('disk full (a staged file on /dev/full): the old dist/ and documents stay, the error names the file, nothing is left', async () => {
    const dir = checkout();
    for (const doc of DOCS) writeFileSync(join(dir, doc), 'previous\n');
    const before = { dist: treeHash(join(dir, 'dist')), docs: docsOf(dir) };
    const staged = new StagedOutputs(dir);
    mkdirSync(join(staged.stage, 'new', 'dist', 'csv'), { recursive: true });
    symlinkSync('/dev/full', join(staged.stage, 'new', 'dist', 'csv', 'events.csv'));
    const result = await buildDataset(dir, staged);
    expect(result.problems).toEqual([]);
    const err = await staged.commit().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(failureLine('build', err, dir)).toBe(`build failed: .build-${process.pid}/new/dist/csv/events.csv: no space left on device (ENOSPC in write)`);
    await staged.abort();
    expect({ dist: treeHash(join(dir, 'dist')), docs: docsOf(dir) }).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it('command line, killed in the middle of the swap: the next build or release finishes it (new dist/ and documents together)', async () => {
    const dir = checkout();
    writeFileSync(join(dir, 'dist', 'from-the-old-build.txt'), 'old\n');
    for (const doc of DOCS) writeFileSync(join(dir, doc), 'old\n');
    const child = startBuild(dir, { DATASET_TEST_PAUSE_IN_SWAP_MS: '20000' });
    const done = finished(child);
    await new Promise<void>((resolve) =>
      child.stderr!.on('data', (d) => {
        if (String(d).includes('swap paused')) resolve();
      }),
    );
    child.kill('SIGKILL');
    await done;
    // Killed after dist/ was moved aside: the journal is there, so recovery rolls forward.
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    recoverInterrupted(dir);
    expect(treeHash(join(dir, 'dist'))).toEqual(committedDist);
    expect(docsOf(dir)).toEqual(committedDocs);
    expect(leftovers(dir)).toEqual([LOCK_FILE]);
  }, 60_000);

  const root = process.getuid?.() === 0;
  // Root ignores permissions: as root the build runs as nobody (setpriv), on a copy nobody owns.
  const asNobody = root ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'] : [];
  const nobodyCanRun = !root || spawnSync(asNobody[0]!, [...asNobody.slice(1), 'test', '-r', join(ROOT, 'scripts', 'build.ts')]).status === 0;
  it.skipIf(!nobodyCanRun)(
    'command line, read-only dist/ or root: refused in one line naming the path, nothing changed, the next build works',
    async () => {
      const dir = checkout();
      const run = () => {
        const [cmd, ...args] = [...asNobody, process.execPath, ...buildArgs];
        return spawnSync(cmd!, args, { cwd: ROOT, env: { ...process.env, DATASET_ROOT: dir, HOME: dir }, encoding: 'utf8' });
      };
      if (root) spawnSync('chown', ['-R', 'nobody', dir]);
      writeFileSync(join(dir, 'CODEBOOK.md'), 'old\n');
      const before = { dist: treeHash(join(dir, 'dist')), docs: docsOf(dir) };
      for (const [path, message] of [
        [join(dir, 'dist', 'csv'), 'build failed: dist/csv: permission denied (EACCES in access)'],
        [dir, `build failed: ${LOCK_FILE}: permission denied (EACCES in open)`],
      ] as const) {
        chmodSync(path, 0o555);
        const r = run();
        chmodSync(path, 0o755);
        expect(r.stderr).toBe(`${message}\n`);
        expect(r.status).toBe(1);
        expect({ dist: treeHash(join(dir, 'dist')), docs: docsOf(dir) }).toEqual(before);
        expect(leftovers(dir)).toEqual([]);
      }
      // The next build works (in-process: the command line's own steps, without a third start-up).
      if (root) spawnSync('chown', ['-R', '0:0', dir]);
      recoverInterrupted(dir);
      const staged = new StagedOutputs(dir);
      expect((await buildDataset(dir, staged)).problems).toEqual([]);
      await staged.commit();
      expect(docsOf(dir)).toEqual(committedDocs);
      expect(leftovers(dir)).toEqual([]);
    },
    60_000,
  );
});
