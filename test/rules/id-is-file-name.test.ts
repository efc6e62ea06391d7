import { describe, expect, it } from 'vitest';
import { newRecord, ofRule, problemsAfter } from '../support/rules.js';

describe('id-is-file-name', () => {
  it('passes the real records', () => expect(ofRule(problemsAfter(), 'id-is-file-name')).toEqual([]));

  it('refuses a record whose id is not its file name', () => {
    const problems = problemsAfter((record) => [newRecord('treaties', 'renamed', { ...record('data/treaties/csp-2024.json'), id: 'other-name' })]);
    expect(ofRule(problems, 'id-is-file-name')).toEqual([
      {
        file: 'data/treaties/renamed.json',
        pointer: '/id',
        message: 'id "other-name" must equal the file name "renamed"',
        fix: 'rename the file to data/treaties/other-name.json, or set "id" to "renamed"',
        rule: 'id-is-file-name',
      },
    ]);
  });

  it('asks only for the rename when the file name differs from the id in case (a file name that is no id)', () => {
    const problems = problemsAfter((record) => [newRecord('treaties', 'CSP-2024-Copy', { ...record('data/treaties/csp-2024.json'), id: 'csp-2024-copy' })]);
    expect(ofRule(problems, 'id-is-file-name')).toEqual([
      {
        file: 'data/treaties/CSP-2024-Copy.json',
        pointer: '/id',
        message: 'id "csp-2024-copy" must equal the file name "CSP-2024-Copy"',
        fix: 'rename the file to data/treaties/csp-2024-copy.json (file names are lowercase, as ids are)',
        rule: 'id-is-file-name',
      },
    ]);
  });
});
