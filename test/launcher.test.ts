import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  statSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/project.js';
import { privateFolder } from '../scripts/engine/private-folder.mjs';

const BUNDLES = join('node_modules', '.cache', 'dprk-russia-treaty', 'bundles');
const { DATASET_ROOT: _, ...env } = process.env;
const check = (root: string) =>
  spawnSync(process.execPath, [join(root, 'scripts', 'engine', 'launch.mjs'), join(root, 'scripts', 'check.ts')], { cwd: root, env, encoding: 'utf8' });

/**
 * The launcher (scripts/engine/launch.mjs) keeps bundles under node_modules/.cache. A bundle holds
 * its checkout's absolute paths, so a checkout moved or copied with its node_modules (mv, cp -a,
 * tar: every source keeps its size and time) must bundle again, not run code that reads, checks
 * and writes the checkout it was copied from.
 */
describe('a checkout copied with its node_modules and their bundles (cp -a)', () => {
  const copy = mkdtempSync(join(tmpdir(), 'dprk-copied-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('checks its own data, not the data of the checkout it was copied from', () => {
    // This checkout's check bundle, as its own runs leave it.
    expect(check(ROOT).status).toBe(0);
    // cp -a keeps every time to the nanosecond, as a move does (Node's cpSync rounds them).
    const cpA = (from: string, to: string) => expect(spawnSync('cp', ['-a', from, to]).status).toBe(0);
    for (const entry of ['scripts', 'schema', 'data', 'package.json', 'package-lock.json']) cpA(join(ROOT, entry), join(copy, entry));
    // The dependencies by link (esbuild and the rest), the bundles as copied.
    mkdirSync(join(copy, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules')))
      if (name !== '.cache') symlinkSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name));
    mkdirSync(join(copy, BUNDLES, '..'), { recursive: true });
    if (existsSync(join(ROOT, BUNDLES))) cpA(join(ROOT, BUNDLES), join(copy, BUNDLES));
    writeFileSync(join(copy, 'data', 'parties', 'zz-copy-only.json'), '{}\n');
    const r = check(copy);
    expect(r.stderr).toContain('data/parties/zz-copy-only.json');
    expect(r.status).toBe(1);
  });

  it('says in one line, not with a stack trace, that it could write its bundle nowhere', () => {
    // An entry of the copy's own, bundled nowhere yet, and bigger than the limit below.
    writeFileSync(join(copy, 'scripts', 'zz-entry.ts'), `console.log('${'x'.repeat(4096)}'.length);\n`);
    const tmp = join(copy, 'tmp');
    mkdirSync(tmp);
    const command = [process.execPath, join(copy, 'scripts', 'engine', 'launch.mjs'), join(copy, 'scripts', 'zz-entry.ts')].map((a) => `'${a}'`).join(' ');
    // A file size limit of 1 KiB (ulimit -f) for the launcher and esbuild: neither node_modules/.cache nor TMPDIR can take it.
    const r = spawnSync('bash', ['-c', `ulimit -f 1; exec ${command}`], { cwd: copy, env: { ...env, TMPDIR: tmp }, encoding: 'utf8' });
    expect(r.stderr).toMatch(/^cannot run scripts\/zz-entry\.ts: its bundle could not be written \(.*file too large\)\n$/);
    expect(r.status).toBe(1);
    // No part of a bundle is left in either place.
    const parts = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.includes('zz-entry')) : []);
    expect([...parts(join(copy, BUNDLES)), ...parts(join(tmp, `dprk-russia-treaty-${process.getuid?.() ?? 'user'}`))]).toEqual([]);
    rmSync(join(copy, 'scripts', 'zz-entry.ts'));
  });

  // The validators' cache (scripts/validate/compiled-validators.ts) holds code copied from
  // scripts/validate/: an edit there must compile anew, not load the code of before the edit.
  it('validates with the word counter as it is now, not as a cache kept it', () => {
    rmSync(join(copy, 'data', 'parties', 'zz-copy-only.json'));
    expect(check(copy).status).toBe(0);
    const counter = join(copy, 'scripts', 'validate', 'count-words.ts');
    const text = readFileSync(counter, 'utf8');
    expect(text).toContain('const LONGEST_WORD = 30;');
    // One word per character: every quote of more than 50 characters is now too long.
    writeFileSync(counter, text.replace('const LONGEST_WORD = 30;', 'const LONGEST_WORD = 1;'));
    const r = check(copy);
    expect(r.stderr).toMatch(/: must have at most 50 words \(a short quotation\)/);
    expect(r.status).toBe(1);
  });
});

/**
 * A bundle and the kept validation code are written aside and renamed, but a crash before the disk
 * has their bytes can leave either empty or cut short under its final name. A bundle is declarations
 * with the entry's own code last: cut at a declaration, it ran nothing and exited 0, so npm run check
 * and the build "passed" having done nothing; empty validation code failed every run with "validate
 * is not a function".
 */
describe('a bundle or kept validation code cut short (a crash before the disk had its bytes)', () => {
  // A checkout of its own, whose cache no other test runs from while this one cuts it.
  const copy = mkdtempSync(join(tmpdir(), 'dprk-cut-'));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('is made again, not run: the check still checks', () => {
    for (const entry of ['scripts', 'schema', 'data', 'package.json', 'package-lock.json']) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    mkdirSync(join(copy, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules')))
      if (name !== '.cache') symlinkSync(join(ROOT, 'node_modules', name), join(copy, 'node_modules', name));
    expect(check(copy).status).toBe(0);
    const cache = join(copy, 'node_modules', '.cache', 'dprk-russia-treaty');
    const kept = (dir: string, prefix: string) => readdirSync(join(cache, dir)).filter((n) => n.startsWith(prefix) && !n.endsWith('.tmp'));
    for (const cut of ['empty', 'at a declaration'] as const) {
      for (const [dir, prefix] of [
        ['bundles', 'check-'],
        ['validators', 'validators-'],
      ] as const) {
        for (const name of kept(dir, prefix)) {
          const path = join(cache, dir, name);
          const text = readFileSync(path, 'utf8');
          // esbuild starts each module's code with a comment naming it: a cut there leaves whole declarations.
          writeFileSync(path, cut === 'empty' ? '' : text.slice(0, text.lastIndexOf('\n// ', text.length / 2) + 1));
        }
      }
      const r = check(copy);
      expect(r.stdout, cut).toMatch(/^check ok: \d+ records\n$/);
      expect(r.status).toBe(0);
    }
  });
});

describe('the folder a bundle is run from when node_modules cannot be written', () => {
  const base = mkdtempSync(join(tmpdir(), 'dprk-private-'));
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it("is created this user's alone, and refused when it is a link, writable by others or another user's", () => {
    const dir = join(base, 'bundles');
    expect(privateFolder(dir)).toBe(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(privateFolder(dir)).toBe(dir);
    chmodSync(dir, 0o777);
    expect(() => privateFolder(dir)).toThrow(`${dir} can be written by other users: code is run from it only when it is this user's alone; remove it`);
    chmodSync(dir, 0o700);
    const link = join(base, 'link');
    symlinkSync(dir, link);
    expect(() => privateFolder(link)).toThrow(`${link} is not a folder`);
    if (process.getuid?.() === 0) {
      chownSync(dir, 65534, 65534);
      expect(() => privateFolder(dir)).toThrow(`${dir} belongs to another user (uid 65534)`);
    }
  });
});
