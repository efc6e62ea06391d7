import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'no-reference-cycles';

describe(RULE, () => {
  it('passes the real treaties and sources', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses a replaces cycle, naming the chain from each record on it', () => {
    const problems = problemsAfter((record) => {
      record('data/treaties/su-kp-friendship-1961.json').replaces = ['csp-2024'];
    });
    expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}: ${p.message}`)).toEqual([
      'data/treaties/csp-2024.json /replaces/0: replaces forms a cycle: csp-2024 → ru-kp-friendship-2000 → su-kp-friendship-1961 → csp-2024',
      'data/treaties/ru-kp-friendship-2000.json /replaces/0: replaces forms a cycle: ru-kp-friendship-2000 → su-kp-friendship-1961 → csp-2024 → ru-kp-friendship-2000',
      'data/treaties/su-kp-friendship-1961.json /replaces/0: replaces forms a cycle: su-kp-friendship-1961 → csp-2024 → ru-kp-friendship-2000 → su-kp-friendship-1961',
    ]);
  });

  it('refuses a derived_from cycle of two sources', () => {
    const problems = problemsAfter((record) => {
      record('data/sources/kcnawatch-2024-06-20-treaty-text.json').derived_from = ['kcnawatch-2024-06-20-treaty-signed'];
      record('data/sources/kcnawatch-2024-06-20-treaty-signed.json').derived_from = ['kcnawatch-2024-06-20-treaty-text'];
    });
    expect(ofRule(problems, RULE).map((p) => p.file)).toEqual([
      'data/sources/kcnawatch-2024-06-20-treaty-signed.json',
      'data/sources/kcnawatch-2024-06-20-treaty-text.json',
    ]);
  });
});
