import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('coding-rests-on-clauses', () => {
  it('passes the real codings', () => expect(ofRule(problemsAfter(), 'coding-rests-on-clauses')).toEqual([]));

  it("refuses a value without clauses and one resting on another treaty's clause", () => {
    const problems = problemsAfter((record) => {
      const c = record('data/codings/csp-2024-atop.json');
      c.values[0].clauses = ['cn-kp-friendship-1961-art-02'];
      delete c.values[1].clauses;
    });
    expect(ofRule(problems, 'coding-rests-on-clauses').map((p) => [p.file, p.pointer, p.message])).toEqual([
      [
        'data/codings/csp-2024-atop.json',
        '/values/0/clauses/0',
        'cn-kp-friendship-1961-art-02 is a clause of cn-kp-friendship-1961, not of the coded treaty csp-2024',
      ],
      ['data/codings/csp-2024-atop.json', '/values/1', 'offense rests on no clause'],
    ]);
  });

  it("refuses another treaty's clause in ATOP's own coding too, which needs no clause", () => {
    const problems = problemsAfter((record) => {
      record('data/codings/cn-kp-friendship-1961-atop-project.json').values[0].clauses = ['csp-2024-art-04'];
    });
    expect(ofRule(problems, 'coding-rests-on-clauses').map((p) => [p.file, p.pointer, p.message])).toEqual([
      [
        'data/codings/cn-kp-friendship-1961-atop-project.json',
        '/values/0/clauses/0',
        'csp-2024-art-04 is a clause of csp-2024, not of the coded treaty cn-kp-friendship-1961',
      ],
    ]);
  });
});
