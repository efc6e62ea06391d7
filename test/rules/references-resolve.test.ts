import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('references-resolve', () => {
  it('passes the real records', () => expect(ofRule(problemsAfter(), 'references-resolve')).toEqual([]));

  it('refuses a reference to no record, and names the table of a reference to the wrong one', () => {
    const problems = problemsAfter((record) => {
      const e = record('data/events/csp-2024-signing.json');
      e.date.sources[1].source = 'no-such-source';
      e.treaty = 'china';
    });
    expect(ofRule(problems, 'references-resolve')).toEqual([
      {
        file: 'data/events/csp-2024-signing.json',
        pointer: '/date/sources/1/source',
        message: '"no-such-source" must be the id of a record of sources',
        fix: 'use the id of a record in data/sources/, or add data/sources/no-such-source.json',
        rule: 'references-resolve',
      },
      {
        file: 'data/events/csp-2024-signing.json',
        pointer: '/treaty',
        message: '"china" must be the id of a record of treaties (it is a record of parties)',
        fix: 'use the id of a record in data/treaties/, or add data/treaties/china.json',
        rule: 'references-resolve',
      },
    ]);
  });
});
