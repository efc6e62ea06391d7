import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('one-clause-per-article', () => {
  it('passes the real clauses', () => expect(ofRule(problemsAfter(), 'one-clause-per-article')).toEqual([]));

  it('refuses a second clause with the same article number, naming the first', () => {
    const problems = problemsAfter((record) => {
      record('data/clauses/csp-2024-art-02.json').article = 1;
    });
    expect(ofRule(problems, 'one-clause-per-article')).toEqual([
      {
        file: 'data/clauses/csp-2024-art-02.json',
        pointer: '/article',
        message: 'csp-2024 article 1 is already recorded in data/clauses/csp-2024-art-01.json',
        fix: 'merge the two clauses, or correct the article number',
        rule: 'one-clause-per-article',
      },
    ]);
  });
});
