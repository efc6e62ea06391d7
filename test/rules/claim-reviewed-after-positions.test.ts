import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'claim-reviewed-after-positions';

describe(RULE, () => {
  it('passes the real claims', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses a status reviewed before a position or an estimate it covers; the same month passes', () => {
    const problems = problemsAfter((record) => {
      record('data/claims/dprk-troops-in-russia.json').status_as_of = '2025-09-01';
    });
    expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}: ${p.message}`)).toEqual([
      'data/claims/dprk-troops-in-russia.json /status_as_of: 2025-09-01 is before 7 dates the claim records (the latest 2025-12-12, at /positions/23/date): the status cannot have been reviewed before them',
    ]);
    expect(
      ofRule(
        problemsAfter((record) => {
          record('data/claims/dprk-troops-in-russia.json').status_as_of = '2025-12';
        }),
        RULE,
      ),
    ).toEqual([]);
  });
});
