import { groupBy } from '../../group-by.js';
import { certainlyAfter } from '../../validate/partial-date.js';
import { datasetRule } from '../rule.js';

interface StepFact {
  id: string;
  type: string;
  treaty: string;
  date: string;
}

/**
 * A treaty is signed, then ratified, then enters into force: no ratification step (the schema's
 * x-groups "ratification-steps") or entry into force before a signing, no step after the entry into
 * force. Partial dates compare by their bounds, so only a certain disorder is reported.
 */
export default datasetRule<StepFact>({
  name: 'treaty-steps-in-order',
  description: "A treaty's signing precedes its ratification steps, which precede its entry into force.",
  collect: { events: (e) => (e.treaty ? { id: e.id, type: e.type, treaty: e.treaty, date: e.date.value } : undefined) },
  judge(facts, report, { groups }) {
    const steps = groups.get('ratification-steps')!;
    const fix = 'check the dates against their sources, and the event\'s "type" and "treaty"';
    for (const [treaty, events] of groupBy(facts, (f) => f.fact.treaty)) {
      const signings = events.filter((e) => e.fact.type === 'signing');
      const ratifying = events.filter((e) => steps.has(e.fact.type));
      const inForce = events.filter((e) => e.fact.type === 'entry-into-force');
      for (const { fact: s } of signings) {
        for (const step of ratifying) {
          if (certainlyAfter(s.date, step.fact.date))
            report(step, '/date/value', `${step.fact.type} on ${step.fact.date} is before the signing of ${treaty} on ${s.date} (${s.id})`, fix);
        }
        for (const f of inForce) {
          if (certainlyAfter(s.date, f.fact.date))
            report(f, '/date/value', `entry into force on ${f.fact.date} is before the signing of ${treaty} on ${s.date} (${s.id})`, fix);
        }
      }
      for (const step of ratifying) {
        for (const { fact: f } of inForce) {
          if (certainlyAfter(step.fact.date, f.date))
            report(step, '/date/value', `${step.fact.type} on ${step.fact.date} is after the entry into force of ${treaty} on ${f.date} (${f.id})`, fix);
        }
      }
    }
  },
});
