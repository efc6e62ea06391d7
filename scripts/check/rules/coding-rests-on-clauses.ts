import { datasetRule } from '../rule.js';

type CodingFact =
  | { kind: 'clause'; id: string; treaty: string }
  | { kind: 'coding'; treaty: string; own: boolean; values: { variable: string; clauses: string[] }[] };

/**
 * Each value of this dataset's own ATOP-style coding rests on articles of the treaty it codes; a
 * value of any coding (ATOP's own too) that names clauses names clauses of the coded treaty.
 */
export default datasetRule<CodingFact>({
  name: 'coding-rests-on-clauses',
  description: 'Every value of a coding by this dataset lists the clauses it rests on; the clauses any coding lists are all of the coded treaty.',
  collect: {
    clauses: (c) => ({ kind: 'clause', id: c.id, treaty: c.treaty }),
    codings: (c) => ({
      kind: 'coding',
      treaty: c.treaty,
      own: c.coder === 'this-dataset',
      values: c.values.map((v) => ({ variable: v.variable, clauses: v.clauses ?? [] })),
    }),
  },
  judge(facts, report) {
    const treatyOf = new Map(facts.flatMap((f) => (f.fact.kind === 'clause' ? [[f.fact.id, f.fact.treaty] as const] : [])));
    for (const at of facts) {
      if (at.fact.kind !== 'coding') continue;
      const { treaty, own, values } = at.fact;
      values.forEach((v, i) => {
        if (own && v.clauses.length === 0)
          report(at, `/values/${i}`, `${v.variable} rests on no clause`, 'list in "clauses" the articles that justify the value');
        v.clauses.forEach((clause, j) => {
          const of = treatyOf.get(clause);
          if (of !== undefined && of !== treaty)
            report(at, `/values/${i}/clauses/${j}`, `${clause} is a clause of ${of}, not of the coded treaty ${treaty}`, `cite a clause of ${treaty}`);
        });
      });
    }
  },
});
