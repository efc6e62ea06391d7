import { dateBounds } from '../../validate/partial-date.js';
import { datasetRule } from '../rule.js';

type OfficeFact =
  | { kind: 'person'; id: string; offices: { title: string; from?: string; to?: string }[] }
  | { kind: 'event'; id: string; date: string; participants: string[] };

/**
 * A person acts in an event in some capacity: each person among an event's participants holds an
 * office whose recorded dates do not exclude the event's date (partial dates compare by bounds).
 */
export default datasetRule<OfficeFact>({
  name: 'persons-hold-office-on-event-date',
  description: "Every person taking part in an event has an office whose recorded dates do not exclude the event's date.",
  collect: {
    parties: (p) =>
      p.kind === 'person' ? { kind: 'person', id: p.id, offices: (p.offices ?? []).map((o) => ({ title: o.title, from: o.from, to: o.to })) } : undefined,
    events: (e) => (e.participants?.length ? { kind: 'event', id: e.id, date: e.date.value, participants: e.participants.map((p) => p.party) } : undefined),
  },
  judge(facts, report) {
    const persons = new Map(facts.flatMap((f) => (f.fact.kind === 'person' ? [[f.fact.id, f.fact] as const] : [])));
    for (const at of facts) {
      const event = at.fact;
      if (event.kind !== 'event') continue;
      const day = dateBounds(event.date);
      if (!day) continue;
      event.participants.forEach((id, i) => {
        const person = persons.get(id);
        if (!person) return;
        const held = person.offices.some(
          (o) =>
            (o.from === undefined || (dateBounds(o.from)?.earliest ?? '') <= day.latest) &&
            (o.to === undefined || (dateBounds(o.to)?.latest ?? '9999') >= day.earliest),
        );
        if (person.offices.length === 0)
          report(
            at,
            `/participants/${i}/party`,
            `${id} takes part on ${event.date} but has no office recorded`,
            `add to data/parties/${id}.json the office the person held then, with its sources`,
          );
        else if (!held)
          report(
            at,
            `/participants/${i}/party`,
            `${id} takes part on ${event.date}, outside every office recorded: ${person.offices.map((o) => `${o.title} ${o.from ?? '?'}..${o.to ?? ''}`).join('; ')}`,
            `check the event's date, or add the office ${id} held then`,
          );
      });
    }
  },
});
