import { datasetRule } from '../rule.js';

interface ClauseFact {
  id: string;
  treaty: string;
  kind: string;
  article?: number;
}

/** A treaty has one clause per article number and at most one preamble. */
export default datasetRule<ClauseFact>({
  name: 'one-clause-per-article',
  description: 'A treaty has at most one clause per article number, and at most one preamble.',
  collect: { clauses: (c) => ({ id: c.id, treaty: c.treaty, kind: c.kind, ...(c.article === undefined ? {} : { article: c.article }) }) },
  judge(facts, report) {
    const seen = new Map<string, string>();
    for (const f of facts) {
      const c = f.fact;
      if (c.kind === 'article' && c.article === undefined) continue;
      const key = `${c.treaty} ${c.kind === 'preamble' ? 'preamble' : `article ${c.article}`}`;
      const other = seen.get(key);
      if (other)
        report(
          f,
          c.kind === 'preamble' ? '/kind' : '/article',
          `${key} is already recorded in ${other}`,
          `merge the two clauses, or correct the article number`,
        );
      else seen.set(key, f.file);
    }
  },
});
