import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, copyProject, findRecord, removeProject, treeHash, writeFile } from './support/project.js';

/** npm run fix on the command line, against a copy of the dataset. */
const fix = (dir: string) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'engine', 'launch.mjs'), join(ROOT, 'scripts', 'fix.ts')], {
    env: { ...process.env, DATASET_ROOT: dir },
    encoding: 'utf8',
  });

describe('npm run fix', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyProject();
  });
  afterAll(() => removeProject(dir));

  it('leaves data in canonical form as it is', () => {
    const before = treeHash(join(dir, 'data'));
    const r = fix(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^fix: 0 of \d+ record files rewritten/m);
    expect(treeHash(join(dir, 'data'))).toEqual(before);
  });

  it('rewrites a record in canonical form (key order, indent, line ends, final newline) without changing a value', () => {
    const event = findRecord('events', (e) => e.type === 'signing' && e.treaty === 'csp-2024');
    const file = `data/events/${event.id}.json`;
    const canonical = readFileSync(join(ROOT, file), 'utf8');
    // Keys reversed, no indent, CRLF line ends and no final newline: every way a hand edit drifts.
    const reversed = Object.fromEntries(Object.entries(event).reverse());
    writeFile(dir, file, JSON.stringify(reversed, null, 4).replaceAll('\n', '\r\n'));
    const r = fix(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`fixed ${file}`);
    expect(r.stdout).toMatch(/^fix: 1 of \d+ record files rewritten/m);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(canonical);
  });

  it('writes every string in NFC (a Korean title typed as decomposed jamo comes back composed)', () => {
    const source = findRecord('sources', (s) => /[가-힣]/.test(s.title));
    const file = `data/sources/${source.id}.json`;
    const canonical = readFileSync(join(ROOT, file), 'utf8');
    const decomposed = canonical.replace(JSON.stringify(source.title), JSON.stringify(source.title.normalize('NFD')));
    expect(decomposed).not.toBe(canonical);
    writeFile(dir, file, decomposed);
    const r = fix(dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`fixed ${file}`);
    expect(readFileSync(join(dir, file), 'utf8')).toBe(canonical);
  });
});
