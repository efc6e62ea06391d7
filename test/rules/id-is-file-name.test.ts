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

describe('id-is-file-name offers only a fix that can work', () => {
  const fixOf = (stem: string, id: string) =>
    ofRule(
      problemsAfter((record) => [newRecord('parties', stem, { ...record('data/parties/kcna.json'), id })]),
      'id-is-file-name',
    ).map((p) => p.fix);

  it('never offers to set the id to a file name that is no id (a space, a capital, a letter outside a-z)', () => {
    expect(fixOf('kcna copy', 'kcna-2')).toEqual(['rename the file to data/parties/kcna-2.json (file names are ids: a-z, 0-9 and single hyphens)']);
    expect(fixOf('kcnä', 'kcna-2')).toEqual(['rename the file to data/parties/kcna-2.json (file names are ids: a-z, 0-9 and single hyphens)']);
  });

  it('never offers to rename onto the file that already bears the id: a copy is named as such', () => {
    expect(fixOf('kcna copy', 'kcna')).toEqual([
      'data/parties/kcna.json already holds the id "kcna": if this file is a copy of it, delete this file; if not, give this record an id of its own and name the file after it',
    ]);
    expect(fixOf('kcna-2', 'kcna')).toEqual([
      'data/parties/kcna.json already holds the id "kcna": if this file is a copy of it, delete this file; if not, give this record an id of its own and name the file after it, or set "id" to "kcna-2"',
    ]);
  });

  it('names the other table whose file bears the id (ids are unique across tables)', () => {
    expect(fixOf('russia-2', 'csp-2024')).toEqual([
      'data/treaties/csp-2024.json already holds the id "csp-2024": if this file is a copy of it, delete this file; if not, give this record an id of its own and name the file after it, or set "id" to "russia-2"',
    ]);
  });
});
