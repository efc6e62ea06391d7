import { dateBounds, certainlyAfter } from '../../validate/partial-date.js';
import { datasetRule } from '../rule.js';

type Fact =
  | { kind: 'treaty'; id: string; signed?: string; inForce?: string }
  | { kind: 'event'; type: 'termination' | 'anniversary'; treaty: string; date: string };

const monthDay = (date: string) => (dateBounds(date)?.precision === 'day' ? date.slice(5) : undefined);

/**
 * What happens to a treaty after it exists is dated after its signing: its termination (or expiry)
 * is after the signing, and an anniversary is in a later year, on the month and day of its signing
 * or of its entry into force (when all are known to the day).
 */
export default datasetRule<Fact>({
  name: 'treaty-events-after-signing',
  description:
    "A treaty's termination event is after its signing; an anniversary event is in a later year than the signing, on the month and day of the signing or of the entry into force.",
  collect: {
    treaties: (t) => ({
      kind: 'treaty',
      id: t.id,
      ...(t.signed ? { signed: t.signed.value } : {}),
      ...(t.entry_into_force ? { inForce: t.entry_into_force.value } : {}),
    }),
    events: (e) =>
      e.treaty && (e.type === 'termination' || e.type === 'anniversary') ? { kind: 'event', type: e.type, treaty: e.treaty, date: e.date.value } : undefined,
  },
  judge(facts, report) {
    const treaties = new Map<string, Extract<Fact, { kind: 'treaty' }>>();
    for (const f of facts) if (f.fact.kind === 'treaty') treaties.set(f.fact.id, f.fact);
    const fix = 'check the event\'s date and "treaty" against their sources';
    for (const f of facts) {
      const e = f.fact;
      if (e.kind !== 'event') continue;
      const signed = treaties.get(e.treaty)?.signed;
      if (signed === undefined) continue;
      if (!certainlyAfter(e.date, signed)) {
        report(f, '/date/value', `${e.type} on ${e.date} is not after the signing of ${e.treaty} on ${signed}`, fix);
        continue;
      }
      if (e.type !== 'anniversary') continue;
      const days = [signed, treaties.get(e.treaty)?.inForce].flatMap((d) => (d === undefined ? [] : [monthDay(d)])).filter((d) => d !== undefined);
      const day = monthDay(e.date);
      if (day !== undefined && days.length > 0 && !days.includes(day))
        report(
          f,
          '/date/value',
          `anniversary on ${e.date} is not on the month and day of the signing (${signed}) or of the entry into force of ${e.treaty}`,
          fix,
        );
      else if (e.date.slice(0, 4) === signed.slice(0, 4))
        report(f, '/date/value', `anniversary on ${e.date} is in the year ${e.treaty} was signed (${signed})`, fix);
    }
  },
});
