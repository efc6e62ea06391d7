import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('article-numbering', () => {
  it('passes the real clauses', () => expect(ofRule(problemsAfter(), 'article-numbering')).toEqual([]));

  it('refuses an article without a number and a preamble with one', () => {
    const problems = problemsAfter((record) => {
      delete record('data/clauses/csp-2024-art-01.json').article;
      record('data/clauses/cn-kp-friendship-1961-preamble.json').article = 5;
    });
    expect(ofRule(problems, 'article-numbering')).toEqual([
      {
        file: 'data/clauses/cn-kp-friendship-1961-preamble.json',
        pointer: '/article',
        message: 'a preamble has no article number',
        fix: 'remove "article"',
        rule: 'article-numbering',
      },
      {
        file: 'data/clauses/csp-2024-art-01.json',
        pointer: '',
        message: 'an article must have its "article" number',
        fix: 'add "article": the number the treaty\'s text gives it',
        rule: 'article-numbering',
      },
    ]);
  });
});
