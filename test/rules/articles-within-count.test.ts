import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('articles-within-count', () => {
  it('passes the real clauses', () => expect(ofRule(problemsAfter(), 'articles-within-count')).toEqual([]));

  it("refuses an article numbered beyond its treaty's article count", () => {
    const problems = problemsAfter((record) => {
      record('data/treaties/csp-2024.json').article_count.value = 20;
    });
    expect(ofRule(problems, 'articles-within-count').map((p) => [p.file, p.pointer, p.message])).toEqual([
      ['data/clauses/csp-2024-art-22.json', '/article', 'article 22 is beyond the 20 articles of csp-2024'],
      ['data/clauses/csp-2024-art-23.json', '/article', 'article 23 is beyond the 20 articles of csp-2024'],
    ]);
  });
});
