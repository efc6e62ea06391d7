import { datasetRule } from '../rule.js';

type CountFact = { kind: 'treaty'; id: string; count: number } | { kind: 'article'; id: string; treaty: string; article: number };

/** No clause is numbered beyond the number of articles its treaty's record says the treaty has. */
export default datasetRule<CountFact>({
  name: 'articles-within-count',
  description: 'No article of a treaty is numbered beyond the treaty\'s "article_count".',
  collect: {
    treaties: (t) => (t.article_count ? { kind: 'treaty', id: t.id, count: t.article_count.value } : undefined),
    clauses: (c) => (c.kind === 'article' && c.article !== undefined ? { kind: 'article', id: c.id, treaty: c.treaty, article: c.article } : undefined),
  },
  judge(facts, report) {
    const counts = new Map(facts.flatMap((f) => (f.fact.kind === 'treaty' ? [[f.fact.id, f.fact.count] as const] : [])));
    for (const at of facts) {
      if (at.fact.kind !== 'article') continue;
      const count = counts.get(at.fact.treaty);
      if (count !== undefined && at.fact.article > count)
        report(
          at,
          '/article',
          `article ${at.fact.article} is beyond the ${count} articles of ${at.fact.treaty}`,
          `correct the article number, or ${at.fact.treaty}'s "article_count"`,
        );
    }
  },
});
