import { datasetRule } from '../rule.js';

type StatusFact =
  | { kind: 'event'; id: string; alternatives: { value: string; sources: string[] }[] }
  | { kind: 'treaty'; changes: { status: string; date: string; event?: string; sources: string[] }[] };

/** A treaty's change of status cites no source that its event records as giving another date. */
export default datasetRule<StatusFact>({
  name: 'status-changes-agree-with-events',
  description: 'A change in a treaty\'s "status_history" cites no source that its event records (as an alternative) for another date.',
  collect: {
    events: (e) =>
      e.date.alternatives?.length
        ? { kind: 'event', id: e.id, alternatives: e.date.alternatives.map((a) => ({ value: a.value, sources: a.sources.map((c) => c.source) })) }
        : undefined,
    treaties: (t) =>
      t.status_history?.length
        ? {
            kind: 'treaty',
            changes: t.status_history.map((h) => ({ status: h.status, date: h.date, event: h.event, sources: h.sources.map((c) => c.source) })),
          }
        : undefined,
  },
  judge(facts, report) {
    const alternatives = new Map(facts.flatMap((f) => (f.fact.kind === 'event' ? [[f.fact.id, f.fact.alternatives] as const] : [])));
    for (const at of facts) {
      if (at.fact.kind !== 'treaty') continue;
      at.fact.changes.forEach((h, i) => {
        if (!h.event) return;
        const dissent = new Map<string, string>();
        for (const alt of alternatives.get(h.event) ?? []) if (!h.date.startsWith(alt.value)) for (const s of alt.sources) dissent.set(s, alt.value);
        h.sources.forEach((s, j) => {
          if (dissent.has(s))
            report(
              at,
              `/status_history/${i}/sources/${j}/source`,
              `${s} is cited for the ${h.status} change on ${h.date}, but ${h.event} records it as giving ${dissent.get(s)}`,
              'cite a source that gives this date',
            );
        });
      });
    }
  },
});
