import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Output } from './output.js';

export interface WriteHooks {
  /** Called after everything is staged and before anything is swapped in (tests make it throw). */
  beforeSwap?: () => void;
}

/**
 * Writes all of dist/ and the generated documents, or none of them: everything is staged beside its
 * target first and only then swapped in with renames, so a build that fails or is killed while
 * writing leaves the previous dist/ and documents as they were.
 */
export function writeOutputs(root: string, dist: Output, docs: Output, hooks: WriteHooks = {}): void {
  const tag = `${process.pid}`;
  const distDir = join(root, 'dist');
  recoverInterrupted(root, distDir, [...docs.keys()]);
  const staged = join(root, `.dist.new-${tag}`);
  const old = join(root, `.dist.old-${tag}`);
  const stagedDocs = [...docs.keys()].sort().map((rel) => ({ target: join(root, rel), temp: join(root, `${rel}.new-${tag}`) }));
  const cleanUp = () => {
    rmSync(staged, { recursive: true, force: true });
    for (const d of stagedDocs) rmSync(d.temp, { force: true });
  };
  try {
    for (const path of [...dist.keys()].sort()) {
      const target = join(staged, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, dist.get(path)!);
    }
    for (const [i, rel] of [...docs.keys()].sort().entries()) writeFileSync(stagedDocs[i]!.temp, docs.get(rel)!);
    hooks.beforeSwap?.();
  } catch (err) {
    cleanUp();
    throw err;
  }
  const hadDist = existsSync(distDir);
  if (hadDist) renameSync(distDir, old);
  renameSync(staged, distDir);
  for (const d of stagedDocs) renameSync(d.temp, d.target);
  if (hadDist) rmSync(old, { recursive: true, force: true });
}

/**
 * Tidies up after a build that was killed: staged copies are dropped, and a dist/ that was moved aside
 * but never replaced is put back.
 */
function recoverInterrupted(root: string, distDir: string, docs: string[]): void {
  for (const name of readdirSync(root)) {
    const full = join(root, name);
    if (name.startsWith('.dist.old-') && !existsSync(distDir)) renameSync(full, distDir);
    else if (name.startsWith('.dist.new-') || name.startsWith('.dist.old-')) rmSync(full, { recursive: true, force: true });
    else if (docs.some((d) => name.startsWith(`${d}.new-`))) rmSync(full, { force: true });
  }
}
