import { describe, expect, it } from 'vitest';
import rule from '../../scripts/check/rules/no-repeated-items.js';
import type { RecordContext } from '../../scripts/check/rule.js';
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

  /** The rule's reports on a record, called on its own: pointer and the item repeated. */
  const reports = (record: unknown): string[] => {
    const found: string[] = [];
    rule.check(record as never, (pointer, message) => found.push(`${pointer}: ${message}`), {} as RecordContext);
    return found;
  };

  it('judges a long list as a short one: the same items found, key order, -0 and nested lists alike', () => {
    for (const filler of [0, 20]) {
      // The same list, short, then long (the items to find come after filler items that differ).
      const padding = Array.from({ length: filler }, (_, i) => ({ source: `filler-${i}` }));
      const at = (i: number) => filler + i;
      const list = [
        ...padding,
        { source: 'a', locator: 'p. 1', nested: [1, [2, 3]] },
        { nested: [1, [2, 3]], locator: 'p. 1', source: 'a' },
        { source: 'a', locator: 'p. 1', nested: [1, [3, 2]] },
        { n: -0 },
        { n: 0 },
        { n: '0' },
        ['x', { b: 1, a: 2 }],
        ['x', { a: 2, b: 1 }],
      ];
      expect(reports({ sources: list }), `after ${filler} other items`).toEqual([
        `/sources/${at(1)}: repeats item ${at(0)} of the same list`,
        `/sources/${at(4)}: repeats item ${at(3)} of the same list`,
        `/sources/${at(7)}: repeats item ${at(6)} of the same list`,
      ]);
    }
  });

  it('tells apart what only looks alike: a string and a number, null and "null", an own __proto__ key', () => {
    const withProto = (v: number) => JSON.parse(`{"__proto__": {"x": ${v}}}`);
    for (const filler of [0, 20]) {
      const padding = Array.from({ length: filler }, (_, i) => `filler-${i}`);
      expect(reports({ list: [...padding, '1', 1, null, 'null', true, 'true', withProto(1), withProto(2), {}] })).toEqual([]);
      expect(reports({ list: [...padding, withProto(1), withProto(1)] })).toEqual([`/list/${filler + 1}: repeats item ${filler} of the same list`]);
    }
  });

  it('checks a list of 20,000 items in a moment (one hostile record file must not stall the check)', () => {
    const list = Array.from({ length: 20_000 }, (_, i) => ({ source: 'a', locator: `paragraph ${i}` }));
    list.push({ ...list[123]! });
    const start = performance.now();
    expect(reports({ sources: list })).toEqual(['/sources/20000: repeats item 123 of the same list']);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
