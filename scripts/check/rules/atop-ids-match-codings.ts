import { datasetRule } from '../rule.js';

type AtopFact = { kind: 'treaty'; id: string; atopId: boolean } | { kind: 'atop-coding'; treaty: string };

/** A treaty has an ATOP id exactly when ATOP codes it (a coding by "atop-project" is in the dataset). */
export default datasetRule<AtopFact>({
  name: 'atop-ids-match-codings',
  description: 'A treaty has "atop_id" exactly when the dataset holds ATOP\'s own coding of it.',
  collect: {
    treaties: (t) => ({ kind: 'treaty', id: t.id, atopId: t.atop_id !== undefined }),
    codings: (c) => (c.coder === 'atop-project' ? { kind: 'atop-coding', treaty: c.treaty } : undefined),
  },
  judge(facts, report) {
    const covered = new Set(facts.flatMap((f) => (f.fact.kind === 'atop-coding' ? [f.fact.treaty] : [])));
    for (const at of facts) {
      if (at.fact.kind !== 'treaty') continue;
      if (at.fact.atopId && !covered.has(at.fact.id))
        report(
          at,
          '/atop_id',
          'has an ATOP id, but the dataset holds no ATOP coding of it',
          'add ATOP\'s coding (a coding with "coder": "atop-project"), or remove "atop_id"',
        );
      if (!at.fact.atopId && covered.has(at.fact.id))
        report(at, '', 'ATOP codes this treaty, but it has no "atop_id"', 'add "atop_id", the ATOP alliance id of the treaty');
    }
  },
});
