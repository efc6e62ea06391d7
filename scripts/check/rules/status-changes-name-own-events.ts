import { certainlyAfter } from '../../validate/partial-date.js';
import { datasetRule } from '../rule.js';

type ChangeFact =
  | { kind: 'event'; id: string; treaty: string; date: string }
  | { kind: 'treaty'; id: string; changes: { status: string; date: string; event: string; at: number }[] };

/**
 * The event a treaty's change of status names is the act that made that change: an event of this
 * treaty, on the change's date. A change naming another treaty's event, or an event of another day,
 * would join the two in every export (status_history.event) while nothing in either record agrees.
 */
export default datasetRule<ChangeFact>({
  name: 'status-changes-name-own-events',
  description: 'The event named by a change in a treaty\'s "status_history" is an event of that treaty, dated as the change.',
  collect: {
    events: (e) => (e.treaty ? { kind: 'event', id: e.id, treaty: e.treaty, date: e.date.value } : undefined),
    treaties: (t) => {
      const changes = (t.status_history ?? []).flatMap((h, at) => (h.event ? [{ status: h.status, date: h.date, event: h.event, at }] : []));
      return changes.length > 0 ? { kind: 'treaty', id: t.id, changes } : undefined;
    },
  },
  judge(facts, report, { ids }) {
    const events = new Map(facts.flatMap((f) => (f.fact.kind === 'event' ? [[f.fact.id, f.fact] as const] : [])));
    for (const f of facts) {
      if (f.fact.kind !== 'treaty') continue;
      const treaty = f.fact.id;
      for (const h of f.fact.changes) {
        const e = events.get(h.event);
        // An event that does not exist is references-resolve's to report.
        if (e === undefined && !ids.get('events')?.has(h.event)) continue;
        if (e?.treaty !== treaty)
          report(
            f,
            `/status_history/${h.at}/event`,
            `the ${h.status} change names ${h.event}, an event of ${e ? `another treaty (${e.treaty})` : 'no treaty'}, not of ${treaty}`,
            `name the event of ${treaty} that made the change, or remove "event"`,
          );
        else if (certainlyAfter(h.date, e.date) || certainlyAfter(e.date, h.date))
          report(
            f,
            `/status_history/${h.at}/date`,
            `the ${h.status} change is dated ${h.date}, but its event ${h.event} is dated ${e.date}`,
            'make the two dates agree (the sources decide), or name the event that made this change',
          );
      }
    }
  },
});
