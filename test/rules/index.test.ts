import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../scripts/check/rules/index.js';
import { ROOT } from '../support/project.js';

/** Each rule is one file named after it, listed once in the index, with a test of its own. */
describe('the rule index', () => {
  const files = readdirSync(join(ROOT, 'scripts', 'check', 'rules'))
    .filter((f) => f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();

  it('lists every rule file, each under its file name', () => {
    expect(rules.map((r) => r.name)).toEqual(files);
  });

  it('has a test for every rule', () => {
    const tests = readdirSync(join(ROOT, 'test', 'rules')).map((f) => f.replace(/\.test\.ts$/, ''));
    expect(files.filter((f) => !tests.includes(f))).toEqual([]);
  });

  it('describes every rule in one line', () => {
    for (const r of rules) expect(r.description, r.name).toMatch(/^[A-Z][^\n]*\.$/);
  });
});
