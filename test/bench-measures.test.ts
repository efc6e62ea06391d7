import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticDataset } from '../scripts/bench/synthetic-data.js';
import { ROOT } from './support/project.js';

/**
 * The bench's measures of the floor and of the ideal build run on a small synthetic tree, and the
 * ideal build really runs the rules (so its time is a lower bound for a build that runs them): a
 * record that passes its schema but breaks a rule passes the floor and fails the ideal build.
 */
const measure = (script: string, dir: string) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'engine', 'launch.mjs'), join(ROOT, 'scripts', 'bench', script), dir, '1000'], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe("the bench's floor and ideal build", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dprk-measures-'));
    writeSyntheticDataset(ROOT, dir, 600);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('time a valid tree and report their peak memory', () => {
    for (const script of ['measure-floor.ts', 'measure-ideal.ts']) {
      const run = measure(script, dir);
      expect(run.status, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout.trim());
      expect(out.ms, script).toBeGreaterThan(0);
      expect(out.rss, script).toBeGreaterThan(2 ** 20);
    }
  });

  it('differ in that the ideal build runs the rules: a dangling reference passes the floor, not the ideal build', () => {
    const file = join(dir, 'data', 'events', 'event-0.json');
    const before = readFileSync(file, 'utf8');
    try {
      writeFileSync(file, before.replace('"source": "source-0"', '"source": "source-nowhere"'));
      expect(readFileSync(file, 'utf8')).not.toBe(before);
      expect(measure('measure-floor.ts', dir).status).toBe(0);
      const ideal = measure('measure-ideal.ts', dir);
      expect(ideal.status).not.toBe(0);
      expect(ideal.stderr).toContain('1 problems in the synthetic records');
    } finally {
      writeFileSync(file, before);
    }
  });
});
