import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'no-future-dates';

describe(RULE, () => {
  it('passes the real records', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses any date after the newest day a source was read, wherever it is in a record', () => {
    const problems = problemsAfter((record) => {
      record('data/events/csp-2024-signing.json').date.value = '2204-06-19';
      record('data/sources/kcnawatch-2024-06-20-treaty-text.json').published = '2099';
    });
    const newest = '2026-11-30';
    expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}: ${p.message}`)).toEqual([
      `data/events/csp-2024-signing.json /date/value: 2204-06-19 is after ${newest}, the newest day a source was read: a date cannot be sourced before it happens`,
      `data/sources/kcnawatch-2024-06-20-treaty-text.json /published: 2099 is after ${newest}, the newest day a source was read: a date cannot be sourced before it happens`,
    ]);
  });

  it('judges a partial date by its earliest day: the month and year of the newest reading are not after it, the next month is', () => {
    const problems = problemsAfter((record) => {
      record('data/events/csp-2024-signing.json').date.value = '2026-11';
      record('data/sources/kcnawatch-2024-06-20-treaty-text.json').published = '2026';
      record('data/sources/1newsaz-2025-09-03-putin-dprk-kursk-kim-initiative.json').published = '2026-12';
    });
    expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}`)).toEqual([
      'data/sources/1newsaz-2025-09-03-putin-dprk-kursk-kim-initiative.json /published',
    ]);
  });
});
