import { datasetRule } from '../rule.js';

interface Edges { id: string; field: 'replaces' | 'derived_from'; to: string[] }

/**
 * Succession and derivation run one way: no treaty replaces, through any chain, a treaty that
 * replaces it, and no source derives, through any chain, from a source derived from it.
 */
export default datasetRule<Edges>({
  name: 'no-reference-cycles',
  description: 'No chain of "replaces" (treaties) or "derived_from" (sources) leads back to where it started.',
  collect: {
    treaties: (t) => (t.replaces?.length ? { id: t.id, field: 'replaces', to: [...t.replaces] } : undefined),
    sources: (s) => (s.derived_from?.length ? { id: s.id, field: 'derived_from', to: [...s.derived_from] } : undefined),
  },
  judge(facts, report) {
    for (const field of ['replaces', 'derived_from'] as const) {
      const mine = facts.filter((f) => f.fact.field === field);
      const next = new Map(mine.map((f) => [f.fact.id, f.fact.to]));
      for (const f of mine) {
        f.fact.to.forEach((first, i) => {
          // Self-references are no-self-reference's; a longer way back to this record is a cycle.
          if (first === f.fact.id) return;
          const path = leadsBack(f.fact.id, first, next);
          if (path) report(f, `/${field}/${i}`, `${field} forms a cycle: ${[f.fact.id, ...path].join(' → ')}`, `remove the "${field}" entry that points back`);
        });
      }
    }
  },
});

/** The path from `from` back to `start` along the edges, if there is one (breadth first: the shortest). */
function leadsBack(start: string, from: string, next: Map<string, string[]>): string[] | undefined {
  const previous = new Map<string, string | null>([[from, null]]);
  for (const queue = [from]; queue.length > 0; ) {
    const at = queue.shift()!;
    if (at === start) {
      const path: string[] = [];
      for (let n: string | null = at; n !== null; n = previous.get(n)!) path.unshift(n);
      return path;
    }
    for (const to of next.get(at) ?? []) {
      if (!previous.has(to)) {
        previous.set(to, at);
        queue.push(to);
      }
    }
  }
  return undefined;
}
