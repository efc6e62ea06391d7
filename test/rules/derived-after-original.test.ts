import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'derived-after-original';

describe(RULE, () => {
  it('passes the real sources', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses a source published before the document it relays; the same month passes', () => {
    const problems = problemsAfter((record) => {
      record('data/sources/almayadeen-2024-12-russia-dprk-strategic-partnership-officially-in-effect.json').published = '2024-09';
    });
    expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}: ${p.message}`)).toEqual([
      'data/sources/almayadeen-2024-12-russia-dprk-strategic-partnership-officially-in-effect.json /derived_from/0: is derived from almayadeen-2024-11-12-dprk-ratifies-defense-treaty, published 2024-11, after this source (2024-09)',
    ]);
    expect(
      ofRule(
        problemsAfter((record) => {
          record('data/sources/almayadeen-2024-12-russia-dprk-strategic-partnership-officially-in-effect.json').published = '2024-11';
        }),
        RULE,
      ),
    ).toEqual([]);
  });

  it("allows a copy dated the day before its original (each date is its publisher's local day), not two days", () => {
    const dated = (original: string, copy: string) =>
      ofRule(
        problemsAfter((record) => {
          record('data/sources/almayadeen-2024-11-12-dprk-ratifies-defense-treaty.json').published = original;
          record('data/sources/almayadeen-2024-12-russia-dprk-strategic-partnership-officially-in-effect.json').published = copy;
        }),
        RULE,
      ).map((p) => p.message);
    expect(dated('2024-12-05', '2024-12-04')).toEqual([]);
    expect(dated('2024-12-01', '2024-11-30')).toEqual([]);
    expect(dated('2024-12-05', '2024-12-03')).toEqual([
      'is derived from almayadeen-2024-11-12-dprk-ratifies-defense-treaty, published 2024-12-05, after this source (2024-12-03)',
    ]);
    expect(dated('2024-12', '2024-11-29')).toEqual([
      'is derived from almayadeen-2024-11-12-dprk-ratifies-defense-treaty, published 2024-12, after this source (2024-11-29)',
    ]);
  });
});
