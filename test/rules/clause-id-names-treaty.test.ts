import { describe, expect, it } from 'vitest';
import { newRecord, ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'clause-id-names-treaty';

describe(RULE, () => {
  it('passes the real clauses', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses a clause whose id names another treaty', () => {
    const problems = problemsAfter((record) => {
      record('data/clauses/csp-2024-art-20.json').treaty = 'ru-kp-friendship-2000';
    });
    expect(ofRule(problems, RULE)).toEqual([
      {
        file: 'data/clauses/csp-2024-art-20.json',
        pointer: '/treaty',
        rule: RULE,
        message: 'id "csp-2024-art-20" does not match its treaty: an article of ru-kp-friendship-2000 numbered 20 has the id "ru-kp-friendship-2000-art-20"',
        fix: 'correct "treaty", or rename the file and id to ru-kp-friendship-2000-art-20',
      },
    ]);
  });

  it('names the clause whose number disagrees with its id when two claim one article', () => {
    const problems = problemsAfter((record) => {
      record('data/clauses/csp-2024-art-02.json').article = 1;
    });
    expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}`)).toEqual(['data/clauses/csp-2024-art-02.json /article']);
  });

  it('refuses a preamble whose id says otherwise', () => {
    const problems = problemsAfter((record) => [
      newRecord('clauses', 'csp-2024-art-99', { ...record('data/clauses/csp-2024-preamble.json'), id: 'csp-2024-art-99' }),
    ]);
    expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}`)).toEqual(['data/clauses/csp-2024-art-99.json /kind']);
  });
});
