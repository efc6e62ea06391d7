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

  it('keeps a complete dist/ when the build is killed while starting or while dist/ is half staged', async () => {
    dir = copyProject();
    const before = treeHash(join(dir, 'dist'));
    // Killed as it starts, and killed where a test hook holds it with a third of dist/ staged. (A kill in
    // the swap itself is build-faults.test.ts's.) Each kill must reach a build still running: a build that
    // finished first would prove nothing.
    for (const pause of ['', 'staging']) {
      const env = { ...process.env, DATASET_ROOT: dir, ...(pause ? { DATASET_TEST_PAUSE_IN_STAGING_MS: '20000' } : {}) };
      const child = spawn(process.execPath, BUILD_ARGS, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
      const closed = new Promise<NodeJS.Signals | null>((r) => child.on('close', (_code, signal) => r(signal)));
      if (pause) {
        let said = '';
        await new Promise<void>((resolve) => {
          child.stderr.on('data', (chunk) => {
            said += String(chunk);
            if (said.includes('staging paused')) resolve();
          });
          child.on('close', () => resolve());
        });
        expect(said).toContain('staging paused');
        expect(readdirSync(join(dir, `.build-${child.pid}`, 'new', 'dist')).length).toBeGreaterThan(0);
      } else await new Promise((r) => child.on('spawn', r));
      child.kill('SIGKILL');
      expect(await closed).toBe('SIGKILL');
      // Whatever the moment, what the next build does first (recovery) leaves a whole dist/ and no staging folder.
      recoverInterrupted(dir);
      expect(treeHash(join(dir, 'dist'))).toEqual(before);
      expect(readdirSync(dir).filter((n) => n.startsWith('.build-'))).toEqual([]);
    }
  }, 60_000);
});
