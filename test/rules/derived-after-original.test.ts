import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'derived-after-original';

describe(RULE, () => {
  it('passes the real sources', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses a source published before the document it relays; the same month passes', () => {
    const problems = problemsAfter((record) => {
      record('data/sources/almayadeen-2024-12-russia-dprk-strategic-partnership-officially-in-effect.json').published = '2024-10';
    });
    expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}: ${p.message}`)).toEqual([
      'data/sources/almayadeen-2024-12-russia-dprk-strategic-partnership-officially-in-effect.json /derived_from/0: is derived from almayadeen-2024-11-12-dprk-ratifies-defense-treaty, published 2024-11, after this source (2024-10)',
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
});
