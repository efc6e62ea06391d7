import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { Output } from './output.js';

/**
 * Writes all of dist/ or none of it: the new tree is written beside the old one, then swapped in with
 * renames, so a build that fails or is killed midway leaves the previous dist/ as it was.
 */
export function writeDist(distDir: string, out: Output, hooks: { beforeSwap?: () => void } = {}): void {
  const parent = dirname(distDir);
  const tmp = join(parent, `.${basename(distDir)}.new-${process.pid}`);
  const old = join(parent, `.${basename(distDir)}.old-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  try {
    for (const path of [...out.keys()].sort()) {
      const target = join(tmp, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, out.get(path)!);
    }
    hooks.beforeSwap?.();
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    throw err;
  }
  const hadDist = existsSync(distDir);
  if (hadDist) renameSync(distDir, old);
  renameSync(tmp, distDir);
  if (hadDist) rmSync(old, { recursive: true, force: true });
}
