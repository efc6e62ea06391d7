import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'signatories-act-for-parties';

describe(RULE, () => {
  it('passes the real treaties', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses a signatory who signs for a state that is not a party to the treaty', () => {
    const problems = problemsAfter((record) => {
      record('data/treaties/csp-2024.json').signatories[1].on_behalf_of = 'china';
    });
    expect(ofRule(problems, RULE)).toEqual([
      {
        file: 'data/treaties/csp-2024.json',
        pointer: '/signatories/1/on_behalf_of',
        message: '"china" is not a party to csp-2024 (parties: russia, dprk)',
        fix: 'name the party to csp-2024 that kim-jong-un signed for, or add "china" to "parties"',
        rule: RULE,
      },
    ]);
  });
});
