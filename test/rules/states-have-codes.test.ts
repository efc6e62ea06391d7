import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('states-have-codes', () => {
  it('passes the real parties', () => expect(ofRule(problemsAfter(), 'states-have-codes')).toEqual([]));

  it('refuses a state without ISO 3166 or Correlates of War code', () => {
    const problems = problemsAfter((record) => {
      const p = record('data/parties/china.json');
      delete p.iso3166_alpha2;
      delete p.cow_code;
    });
    expect(ofRule(problems, 'states-have-codes').map((p) => [p.file, p.pointer, p.message])).toEqual([
      ['data/parties/china.json', '', 'a state must have "cow_code"'],
      ['data/parties/china.json', '', 'a state must have "iso3166_alpha2" (or "iso3166_3" for a former state)'],
    ]);
  });
});
