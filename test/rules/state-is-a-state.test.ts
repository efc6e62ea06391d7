import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'state-is-a-state';

describe(RULE, () => {
  it('passes the real parties', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses a party whose "state" is a person', () => {
    const problems = problemsAfter((record) => {
      record('data/parties/sergei-lavrov.json').state = 'vladimir-putin';
    });
    expect(ofRule(problems, RULE)).toEqual([
      {
        file: 'data/parties/sergei-lavrov.json',
        pointer: '/state',
        message: '"vladimir-putin" is a party of kind "person", not a state',
        fix: 'name the state the party belongs to or acts for',
        rule: RULE,
      },
    ]);
  });
});
