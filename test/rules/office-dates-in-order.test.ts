import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'office-dates-in-order';

describe(RULE, () => {
  it('passes the real parties', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses an office that ends before it begins; a partial date that may be the same day passes', () => {
    const problems = problemsAfter((record) => {
      record('data/parties/sergei-shoigu.json').offices[1].from = '2025-01-01';
    });
    expect(ofRule(problems, RULE)).toEqual([
      {
        file: 'data/parties/sergei-shoigu.json',
        pointer: '/offices/1/to',
        message: 'Minister of Defence of the Russian Federation ends 2024-05-12, before it begins (2025-01-01)',
        fix: 'check both dates against their sources (a mistyped year?)',
        rule: RULE,
      },
    ]);
    expect(
      ofRule(
        problemsAfter((record) => {
          record('data/parties/sergei-shoigu.json').offices[1].from = '2024';
        }),
        RULE,
      ),
    ).toEqual([]);
  });
});
