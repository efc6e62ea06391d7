import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writev, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Content, Output } from './output.js';

/**
 * Writes all of dist/ and the generated documents, or none of them. Exporters write into a staging
 * folder beside dist/ (so the build never holds every output in memory at once); only when all have
 * succeeded is it swapped in with renames. A build that fails, throws or is killed before commit()
 * leaves the previous dist/ and documents as they were. Files of dist/ are written in the background
 * (libuv's thread pool), so the disk works while the exporters go on computing.
 */
export class StagedOutputs {
  readonly dist: Output;
  readonly docs: Output;
  private readonly distDir: string;
  private readonly staged: string;
  private readonly old: string;
  private readonly stagedDocs = new Map<string, string>();
  private readonly writes: Promise<void>[] = [];

  constructor(private readonly root: string) {
    const tag = `${process.pid}`;
    this.distDir = join(root, 'dist');
    this.staged = join(root, `.dist.new-${tag}`);
    this.old = join(root, `.dist.old-${tag}`);
    recoverInterrupted(root, this.distDir);
    mkdirSync(this.staged, { recursive: true });
    this.dist = {
      set: (path: string, content: Content) => {
        const target = join(this.staged, path);
        mkdirSync(dirname(target), { recursive: true });
        const write = writeInBackground(target, content);
        // Awaited by commit() or abort(); this only keeps a failure from counting as unhandled before then.
        write.catch(() => {});
        this.writes.push(write);
      },
    };
    this.docs = {
      set: (rel: string, content: Content) => {
        const temp = join(this.root, `${rel}.new-${tag}`);
        writeFileSync(temp, Array.isArray(content) ? Buffer.concat(content) : content);
        this.stagedDocs.set(rel, temp);
      },
    };
  }

  /** Waits for every staged file to be written, then swaps the staged outputs in. */
  async commit(): Promise<void> {
    await Promise.all(this.writes);
    const hadDist = existsSync(this.distDir);
    if (hadDist) renameSync(this.distDir, this.old);
    renameSync(this.staged, this.distDir);
    for (const [rel, temp] of [...this.stagedDocs].sort()) renameSync(temp, join(this.root, rel));
    if (hadDist) rmSync(this.old, { recursive: true, force: true });
  }

  /** Drops everything staged; dist/ and the documents stay as they were. */
  async abort(): Promise<void> {
    await Promise.allSettled(this.writes);
    rmSync(this.staged, { recursive: true, force: true });
    for (const temp of this.stagedDocs.values()) rmSync(temp, { force: true });
  }
}

/**
 * Writes a file in one request to libuv's thread pool (writev writes every part, however many, and
 * retries short writes there), so that it progresses while this thread goes on computing. The promise
 * API of fs would come back to this thread between every 512 KiB.
 */
function writeInBackground(path: string, content: Content): Promise<void> {
  const parts = Array.isArray(content) ? content : [typeof content === 'string' ? Buffer.from(content) : content];
  const fd = openSync(path, 'w');
  return new Promise((resolve, reject) => {
    writev(fd, parts, (err) => {
      try {
        closeSync(fd);
      } catch (closeErr) {
        err ??= closeErr as NodeJS.ErrnoException;
      }
      if (err) reject(err);
      else resolve();
    });
  });
}

/**
 * Tidies up after a build that was killed: staged copies are dropped, and a dist/ that was moved aside
 * but never replaced is put back.
 */
function recoverInterrupted(root: string, distDir: string): void {
  for (const name of readdirSync(root)) {
    const full = join(root, name);
    if (name.startsWith('.dist.old-') && !existsSync(distDir)) renameSync(full, distDir);
    else if (name.startsWith('.dist.new-') || name.startsWith('.dist.old-')) rmSync(full, { recursive: true, force: true });
    else if (/\.new-\d+$/.test(name) && !name.startsWith('.')) rmSync(full, { force: true });
  }
}
