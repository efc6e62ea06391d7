import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/pipeline.js';
import { writeOutputs } from '../scripts/export/write-dist.js';
import { ROOT, copyProject, removeProject, runBuild, treeHash } from './support/project.js';

/** A build that fails or dies while writing must leave the previous dist/ exactly as it was. */
let dir: string | undefined;
afterEach(() => { if (dir) removeProject(dir); dir = undefined; });

describe('dist/ is written all or nothing', () => {
  it('keeps the old dist/ when an exporter throws after staging', async () => {
    dir = copyProject();
    const before = treeHash(join(dir, 'dist'));
    const result = await buildDataset(dir);
    const changed = new Map(result.output!);
    changed.set('json/extra.json', '[]\n');
    expect(() => writeOutputs(dir!, changed, result.docs!, { beforeSwap: () => { throw new Error('exporter failed'); } })).toThrow('exporter failed');
    expect(treeHash(join(dir, 'dist'))).toEqual(before);
  });

  it('keeps a complete dist/ when the build is killed at any moment', async () => {
    dir = copyProject();
    const before = treeHash(join(dir, 'dist'));
    // Kill the real build at growing delays, so that some kills land while it writes.
    for (const delay of [300, 600, 900, 1200, 1500, 1800, 2100]) {
      const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'build.ts')], { env: { ...process.env, DATASET_ROOT: dir } });
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('close', r));
      // Whatever the moment, the next build recovers and dist/ is whole.
      const r = runBuild(dir);
      expect(r.status).toBe(0);
      expect(treeHash(join(dir, 'dist'))).toEqual(before);
    }
  }, 120_000);
});
