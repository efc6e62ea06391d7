import { datasetRule } from '../rule.js';

type ChainFact = { kind: 'source'; id: string; origin: string } | { kind: 'step'; type: string; date: string; sources: string[] };

/**
 * Each step that binds a state to a treaty (the schema's x-groups "ratification-chain": signing,
 * ratification steps, entry into force) is dated by at least two independent sources: sources whose
 * origin (or, without one, publisher) differs, since two outlets relaying one newsroom are one witness.
 */
export default datasetRule<ChainFact>({
  name: 'ratification-chain-independently-sourced',
  description: 'The date of every signing, ratification step and entry into force cites at least two independent sources (different origin or publisher).',
  collect: {
    sources: (s) => ({ kind: 'source', id: s.id, origin: s.origin ?? s.publisher }),
    events: (e, { index }) =>
      index.groups.get('ratification-chain')!.has(e.type)
        ? { kind: 'step', type: e.type, date: e.date.value, sources: e.date.sources.map((c) => c.source) }
        : undefined,
  },
  judge(facts, report) {
    const origin = new Map(facts.flatMap((f) => (f.fact.kind === 'source' ? [[f.fact.id, f.fact.origin] as const] : [])));
    for (const at of facts) {
      if (at.fact.kind !== 'step') continue;
      const origins = new Set(at.fact.sources.map((id) => origin.get(id) ?? id));
      if (origins.size < 2) {
        report(
          at,
          '/date/sources',
          `the ${at.fact.type} date ${at.fact.date} cites ${origins.size} independent source (${[...origins].join(', ')}); a step of the ratification chain needs two`,
          'cite a second source with another origin or publisher in "date.sources" (a wire story reprinted elsewhere is the same origin)',
        );
      }
    }
  },
});
