import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'no-empty-lists-or-objects';

describe(RULE, () => {
  it('passes the real records', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses an optional object given as {} and optional lists given as [], at any depth', () => {
    const problems = problemsAfter((record) => {
      const clause = record('data/clauses/cn-kp-friendship-1961-art-07.json');
      // Inserted where the schema puts it, so that no other rule objects to the edit.
      const topics = Object.keys(clause).indexOf('topics') + 1;
      const entries = Object.entries(clause);
      for (const k of Object.keys(clause)) delete clause[k];
      Object.assign(clause, Object.fromEntries([...entries.slice(0, topics), ['obligation', {}], ...entries.slice(topics)]));
      record('data/parties/sergei-shoigu.json').offices[0].aliases = [];
      record('data/events/csp-2024-ru-law-signed.json').date.alternatives = [];
    });
    expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}: ${p.message} (fix: ${p.fix})`)).toEqual([
      'data/clauses/cn-kp-friendship-1961-art-07.json /obligation: is an empty object: leave the property out when there is nothing to record (the CSV and Parquet exports cannot tell {} from absent) (fix: remove "obligation", or fill it in)',
      'data/events/csp-2024-ru-law-signed.json /date/alternatives: is an empty list: leave the property out when there is nothing to record (the CSV and Parquet exports cannot tell [] from absent) (fix: remove "alternatives", or fill it in)',
      'data/parties/sergei-shoigu.json /offices/0/aliases: is an empty list: leave the property out when there is nothing to record (the CSV and Parquet exports cannot tell [] from absent) (fix: remove "aliases", or fill it in)',
    ]);
  });
});
