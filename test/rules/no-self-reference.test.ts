import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'no-self-reference';

describe(RULE, () => {
  it('passes the real records', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses a treaty that replaces itself and a clause that compares with itself', () => {
    const problems = problemsAfter((record) => {
      record('data/treaties/csp-2024.json').replaces.push('csp-2024');
      record('data/clauses/csp-2024-art-04.json').compares_with = ['csp-2024-art-04'];
    });
    expect(ofRule(problems, RULE).map(({ file, pointer, message }) => `${file} ${pointer}: ${message}`)).toEqual([
      'data/clauses/csp-2024-art-04.json /compares_with/0: refers to its own record "csp-2024-art-04"',
      `data/treaties/csp-2024.json /replaces/1: refers to its own record "csp-2024"`,
    ]);
  });
});
