import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, copyProject, removeProject, runBuild, treeHash } from './support/project.js';

/** The same data gives the same bytes, whatever the machine's time zone, locale or line endings. */
const committed = treeHash(join(ROOT, 'dist'));
let dir: string;
beforeAll(() => {
  dir = copyProject();
});
afterAll(() => removeProject(dir));

describe('deterministic build', () => {
  for (const env of [
    { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
    { TZ: 'America/Adak', LANG: 'C', LC_ALL: 'C' },
  ]) {
    it(`gives the committed dist/ under TZ=${env.TZ} LANG=${env.LANG}`, () => {
      const r = runBuild(dir, env);
      expect(r.stderr).toBe('');
      expect(treeHash(join(dir, 'dist'))).toEqual(committed);
    });
  }

  it('gives the committed dist/ from records with CRLF line endings', () => {
    for (const table of readdirSync(join(dir, 'data'))) {
      for (const name of readdirSync(join(dir, 'data', table))) {
        const p = join(dir, 'data', table, name);
        writeFileSync(p, readFileSync(p, 'utf8').replace(/\r?\n/g, '\r\n'));
      }
    }
    const r = runBuild(dir);
    expect(r.stderr).toBe('');
    expect(treeHash(join(dir, 'dist'))).toEqual(committed);
  });
});
