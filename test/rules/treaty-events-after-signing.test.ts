import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'treaty-events-after-signing';

describe(RULE, () => {
  it('passes the real events', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it("refuses a termination before the signing, and an anniversary off the signing's day or in its year", () => {
    const problems = problemsAfter((record) => {
      record('data/events/ru-kp-friendship-2000-termination.json').date.value = '1999-05-01';
      record('data/events/csp-2024-first-anniversary.json').date.value = '2025-06-20';
      record('data/events/cn-kp-friendship-1961-60th-anniversary.json').date.value = '1961-12';
    });
    expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}: ${p.message}`)).toEqual([
      'data/events/cn-kp-friendship-1961-60th-anniversary.json /date/value: anniversary on 1961-12 is in the year cn-kp-friendship-1961 was signed (1961-07-11)',
      'data/events/csp-2024-first-anniversary.json /date/value: anniversary on 2025-06-20 is not on the month and day of the signing (2024-06-19) or of the entry into force of csp-2024',
      'data/events/ru-kp-friendship-2000-termination.json /date/value: termination on 1999-05-01 is not after the signing of ru-kp-friendship-2000 on 2000-02-09',
    ]);
  });
});
