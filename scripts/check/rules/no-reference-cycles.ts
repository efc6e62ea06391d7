import { datasetRule } from '../rule.js';

interface Edges {
  id: string;
  field: 'replaces' | 'derived_from';
  to: string[];
}

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
      // Only an edge inside a strongly connected component can lead back: found once for the whole graph.
      const component = components(next);
      for (const f of mine) {
        f.fact.to.forEach((first, i) => {
          // Self-references are no-self-reference's; a longer way back to this record is a cycle.
          if (first === f.fact.id) return;
          if (component.get(first) === undefined || component.get(first) !== component.get(f.fact.id)) return;
          const path = leadsBack(f.fact.id, first, next);
          if (path) report(f, `/${field}/${i}`, `${field} forms a cycle: ${[f.fact.id, ...path].join(' → ')}`, `remove the "${field}" entry that points back`);
        });
      }
    }
  },
});

/**
 * The strongly connected component of every node (Tarjan's algorithm, iterative: a chain of
 * 100,000 derived sources must not overflow the stack), in time linear in the edges.
 */
function components(next: Map<string, string[]>): Map<string, number> {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  let counter = 0;
  let count = 0;
  for (const root of next.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; edge: number }[] = [{ node: root, edge: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = next.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const to = edges[frame.edge++]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        for (let n = stack.pop(); n !== undefined; n = stack.pop()) {
          onStack.delete(n);
          component.set(n, count);
          if (n === frame.node) break;
        }
        count++;
      }
    }
  }
  return component;
}

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
