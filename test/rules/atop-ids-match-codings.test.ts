import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('atop-ids-match-codings', () => {
  it('passes the real treaties', () => expect(ofRule(problemsAfter(), 'atop-ids-match-codings')).toEqual([]));

  it('refuses an ATOP id on a treaty ATOP does not code, and a coded treaty without one', () => {
    const problems = problemsAfter((record) => {
      record('data/treaties/csp-2024.json').atop_id = 9999;
      delete record('data/treaties/ru-kp-friendship-2000.json').atop_id;
    });
    expect(ofRule(problems, 'atop-ids-match-codings').map((p) => [p.file, p.pointer, p.message])).toEqual([
      ['data/treaties/csp-2024.json', '/atop_id', 'has an ATOP id, but the dataset holds no ATOP coding of it'],
      ['data/treaties/ru-kp-friendship-2000.json', '', 'ATOP codes this treaty, but it has no "atop_id"'],
    ]);
  });
});
