import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readMeta } from '../scripts/load/read-meta.js';
import { ROOT, copyProject, readJson, removeProject, writeFile } from './support/project.js';

/** npm run release:ids against a copy of the project (with its releases/). */
const releaseIds = (dir: string, ...args: string[]) =>
  spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'release', 'snapshot-ids.ts'), ...args], {
    env: { ...process.env, DATASET_ROOT: dir },
    encoding: 'utf8',
  });

describe('npm run release:ids', () => {
  const dir = copyProject();
  cpSync(join(ROOT, 'releases'), join(dir, 'releases'), { recursive: true });
  afterAll(() => removeProject(dir));
  const { version } = readMeta(ROOT);
  const frozen = join(dir, 'releases', version, 'ids.json');

  it("never freezes a released version's ids again from other data, unless told it was never published", () => {
    // The copy's own data frozen as its release (the real data may have moved on since the release),
    // and then there is nothing to do.
    expect(releaseIds(dir, '--refreeze').status).toBe(0);
    const agrees = releaseIds(dir);
    expect(agrees.status, agrees.stderr).toBe(0);
    expect(agrees.stdout).toContain('frozen already, and the data agrees with it');
    const before = readFileSync(frozen, 'utf8');
    // A record changed after the release.
    const file = join('data', 'treaties', 'csp-2024.json');
    const record = readJson(join(dir, file));
    const ids = readJson(frozen);
    writeFile(dir, file, `${JSON.stringify({ ...record, name: `${record.name} (changed)` }, null, 2)}\n`);
    const refused = releaseIds(dir);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`releases/${version}/ids.json: ${version} is frozen already, and 1 id(s) changed since (csp-2024)`);
    expect(refused.stderr).toContain('--refreeze');
    expect(readFileSync(frozen, 'utf8')).toBe(before);
    const forced = releaseIds(dir, '--refreeze');
    expect(forced.status, forced.stderr).toBe(0);
    expect(readJson(frozen).treaties['csp-2024']).not.toBe(ids.treaties['csp-2024']);
  });
});
