import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/pipeline.js';
import { StagedOutputs } from '../scripts/export/write-dist.js';
import { recoverInterrupted } from '../scripts/export/swap-journal.js';
import { BUILD_ARGS, ROOT, copyProject, removeProject, treeHash } from './support/project.js';

/** A build that fails or dies while writing must leave the previous dist/ exactly as it was. */
let dir: string | undefined;
afterEach(() => {
  if (dir) removeProject(dir);
  dir = undefined;
});

describe('dist/ is written all or nothing', () => {
  it('keeps the old dist/ and documents when an exporter throws midway', async () => {
    dir = copyProject();
    for (const doc of ['CODEBOOK.md', 'CITATION.cff']) writeFileSync(join(dir, doc), 'previous\n');
    const before = treeHash(dir);
    const staged = new StagedOutputs(dir);
    let written = 0;
    // Fails on the tenth file, after some of dist/ is already written to the staging folder.
    const failing = {
      set: (path: string, content: string) => {
        if (++written === 10) throw new Error('exporter failed');
        staged.dist.set(path, content);
      },
    };
    await expect(buildDataset(dir, { dist: failing, docs: staged.docs })).rejects.toThrow('exporter failed');
    await staged.abort();
    expect(treeHash(dir)).toEqual(before);
  });

  it('keeps a complete dist/ when the build is killed at any moment', async () => {
    dir = copyProject();
    const before = treeHash(join(dir, 'dist'));
    // Kill the real build at growing delays, so that some kills land while it writes.
    for (const delay of [400, 1200, 2000]) {
      const child = spawn(process.execPath, BUILD_ARGS, { cwd: ROOT, env: { ...process.env, DATASET_ROOT: dir }, stdio: 'ignore' });
      const closed = new Promise((r) => child.on('close', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await closed;
      // Whatever the moment, what the next build does first (recovery) leaves a whole dist/ and no staging folder.
      recoverInterrupted(dir);
      expect(treeHash(join(dir, 'dist'))).toEqual(before);
      expect(readdirSync(dir).filter((n) => n.startsWith('.build-'))).toEqual([]);
    }
  }, 120_000);
});
