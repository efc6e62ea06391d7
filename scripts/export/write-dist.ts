import { closeSync, mkdirSync, openSync, rmSync, writev } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Content, Output } from './output.js';
import { processStart } from './checkout-lock.js';
import { commitStaged, stagingDir, writeFileNamed, writeOwner } from './swap-journal.js';
import { pauseForTests } from './test-pause.js';

/** Where the staging test hook pauses: after this many files of dist/, about a third of them. */
const STAGED_BEFORE_PAUSE = 40;

/**
 * Writes all of dist/ and the generated documents, or none of them. Exporters write into a staging
 * folder at the checkout's root (so the build never holds every output in memory at once, and the
 * final moves are renames on one file system); commit() swaps dist/ and the documents in together,
 * through a journal (swap-journal.ts). A build that fails, throws or is killed before commit()
 * leaves the previous dist/ and documents as they were. Files of dist/ are written in the background
 * (libuv's thread pool), so the disk works while the exporters go on computing. Meant to be used
 * while holding the checkout's lock (checkout-lock.ts), after recoverInterrupted().
 */
export class StagedOutputs {
  readonly dist: Output;
  readonly docs: Output;
  /** The staging folder, .build-<pid>/ at the root. */
  readonly stage: string;
  private readonly docNames = new Set<string>();
  private readonly writes: Promise<void>[] = [];
  private swapping = false;

  constructor(private readonly root: string) {
    this.stage = stagingDir(root);
    rmSync(this.stage, { recursive: true, force: true });
    try {
      mkdirSync(join(this.stage, 'new', 'dist'), { recursive: true });
      mkdirSync(join(this.stage, 'old'));
      writeOwner(this.stage, { pid: process.pid, start: processStart(process.pid) });
    } catch (err) {
      // A staging folder that could not be set up (a full disk fails its OWNER file) is not left behind.
      rmSync(this.stage, { recursive: true, force: true });
      throw err;
    }
    this.dist = {
      set: (path: string, content: Content) => {
        const target = join(this.stage, 'new', 'dist', path);
        mkdirSync(dirname(target), { recursive: true });
        const write = writeInBackground(target, content);
        // Awaited by commit() or abort(); this only keeps a failure from counting as unhandled before then.
        write.catch(() => {});
        this.writes.push(write);
        // Test hook: a kill while dist/ is half staged.
        if (this.writes.length === STAGED_BEFORE_PAUSE) pauseForTests('DATASET_TEST_PAUSE_IN_STAGING_MS', 'staging');
      },
    };
    this.docs = {
      set: (rel: string, content: Content) => {
        writeFileNamed(join(this.stage, 'new', rel), Array.isArray(content) ? Buffer.concat(content) : content);
        this.docNames.add(rel);
      },
    };
  }

  /** True while the swap runs: a signal then waits for it rather than cutting it short. */
  get committing(): boolean {
    return this.swapping;
  }

  /** Waits for every staged file to be written, then swaps dist/ and the documents in, in one journaled step. */
  async commit(): Promise<void> {
    await Promise.all(this.writes);
    this.swapping = true;
    try {
      commitStaged(this.root, this.stage, ['dist', ...[...this.docNames].sort()]);
    } finally {
      this.swapping = false;
    }
  }

  /** Drops everything staged; dist/ and the documents stay as they were. */
  async abort(): Promise<void> {
    await Promise.allSettled(this.writes);
    this.abortNow();
  }

  /** abort() without waiting for writes in flight (for a signal): files being written are unlinked all the same. */
  abortNow(): void {
    rmSync(this.stage, { recursive: true, force: true });
  }
}

/**
 * Writes a file in one request to libuv's thread pool (writev writes every part, however many), so
 * that it progresses while this thread goes on computing. The promise API of fs would come back to
 * this thread between every 512 KiB. A short write (a disk filling up, a file size limit: the kernel
 * writes what fits and says how much, without an error) is followed by a write of the rest, which
 * then fails with the error that names the cause: a file is never left shorter than its content.
 */
function writeInBackground(path: string, content: Content): Promise<void> {
  const parts = Array.isArray(content) ? content : [typeof content === 'string' ? Buffer.from(content) : content];
  const fd = openSync(path, 'w');
  return new Promise((resolve, reject) => {
    const finish = (err: NodeJS.ErrnoException | null) => {
      try {
        closeSync(fd);
      } catch (closeErr) {
        err ??= closeErr as NodeJS.ErrnoException;
      }
      // fs callbacks do not say which file; the one-line message must.
      if (err) reject(Object.assign(err, { path: err.path ?? path }));
      else resolve();
    };
    const writeAll = (rest: Uint8Array[]) => {
      const left = rest.reduce((n, part) => n + part.byteLength, 0);
      if (left === 0) return finish(null);
      writev(fd, rest, (err, written) => {
        if (err) return finish(err);
        if (written === 0) return finish(Object.assign(new Error(`wrote nothing of the last ${left} bytes`), { code: 'EIO', syscall: 'write' }));
        writeAll(after(rest, written));
      });
    };
    writeAll(parts);
  });
}

/** The parts left once the first n bytes of them are written. */
function after(parts: Uint8Array[], n: number): Uint8Array[] {
  const rest: Uint8Array[] = [];
  for (const part of parts) {
    if (n >= part.byteLength) n -= part.byteLength;
    else {
      rest.push(n === 0 ? part : part.subarray(n));
      n = 0;
    }
  }
  return rest;
}
