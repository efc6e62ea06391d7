import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'no-repeated-items';

describe(RULE, () => {
  it('passes the real records', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses a citation, a participant and a topic listed twice, in any key order, and nothing that differs in one field', () => {
    const problems = problemsAfter((record) => {
      const event = record('data/events/csp-2024-signing.json');
      const citation = event.sources[0];
      // The same citation again, its keys in another order: the same item.
      event.sources.push(Object.fromEntries(Object.entries(citation).reverse()));
      // The same source with another locator: another item.
      event.sources.push({ ...citation, locator: 'another paragraph' });
      event.participants.push({ ...event.participants[0] });
      const clause = record('data/clauses/csp-2024-art-04.json');
      clause.topics.push(clause.topics[0]);
    });
    expect(ofRule(problems, RULE).map(({ file, pointer, message, fix }) => `${file} ${pointer}: ${message} (${fix})`)).toEqual([
      'data/clauses/csp-2024-art-04.json /topics/1: repeats item 0 of the same list (remove one of the two (keep item 0))',
      'data/events/csp-2024-signing.json /participants/2: repeats item 0 of the same list (remove one of the two (keep item 0))',
      'data/events/csp-2024-signing.json /sources/7: repeats item 0 of the same list (remove one of the two (keep item 0))',
    ]);
  });
});
