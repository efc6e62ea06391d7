import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'treaty-own-dates-in-order';

describe(RULE, () => {
  it('passes the real treaties', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it("refuses an entry into force (and a status) before the treaty's own signing", () => {
    const problems = problemsAfter((record) => {
      const t = record('data/treaties/ru-kp-friendship-2000.json');
      t.entry_into_force.value = '1999';
      t.status_history[1].date = '1999-12-31';
    });
    expect(ofRule(problems, RULE).map((p) => `${p.pointer}: ${p.message}`)).toEqual([
      '/entry_into_force/value: entry into force 1999 is before the treaty was signed (2000-02-09)',
      '/status_history/1/date: status "in-force" on 1999-12-31 is before the treaty was signed (2000-02-09)',
    ]);
  });
});
