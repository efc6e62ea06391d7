import { datasetRule } from '../rule.js';

type DateFact =
  | { kind: 'event'; id: string; type: string; treaty: string; date: string }
  | { kind: 'treaty'; id: string; signed?: string; entry_into_force?: string };

/** A treaty's own signing and entry-into-force dates equal those of the events that record them. */
export default datasetRule<DateFact>({
  name: 'treaty-dates-match-events',
  description: 'A treaty\'s "signed" and "entry_into_force" dates equal the dates of its signing and entry-into-force events.',
  collect: {
    events: (e) =>
      e.treaty && (e.type === 'signing' || e.type === 'entry-into-force')
        ? { kind: 'event', id: e.id, type: e.type, treaty: e.treaty, date: e.date.value }
        : undefined,
    treaties: (t) => ({ kind: 'treaty', id: t.id, signed: t.signed?.value, entry_into_force: t.entry_into_force?.value }),
  },
  judge(facts, report) {
    const events = facts.flatMap((f) => (f.fact.kind === 'event' ? [f.fact] : []));
    for (const at of facts) {
      const treaty = at.fact;
      if (treaty.kind !== 'treaty') continue;
      const agree = (field: 'signed' | 'entry_into_force', type: string, label: string) => {
        const value = treaty[field];
        if (value === undefined) return;
        for (const e of events) {
          if (e.treaty === treaty.id && e.type === type && e.date !== value)
            report(
              at,
              `/${field}/value`,
              `${label} ${value} disagrees with event ${e.id} dated ${e.date}`,
              `make the two dates equal (the event's sources decide), or record the other date as an alternative`,
            );
        }
      };
      agree('signed', 'signing', 'signed');
      agree('entry_into_force', 'entry-into-force', 'entry into force');
    }
  },
});
