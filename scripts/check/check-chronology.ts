import { groupBy } from '../group-by.js';
import type { LoadedRecord } from '../load/read-records.js';
import type { Problem } from '../problem.js';
import { dateBounds } from '../validate/partial-date.js';

/** What the date checks need of one event. */
export interface DatedEvent { file: string; id: string; type: string; treaty?: string; date: string; announced?: string; end?: string }
/** What the date checks need of one treaty. */
export interface TreatyDates { file: string; id: string; signed?: string; entry_into_force?: string }

export function datedEvent(r: LoadedRecord): DatedEvent {
  const d = r.data as any;
  return { file: r.file, id: d.id, type: d.type, treaty: d.treaty, date: d.date.value, announced: d.announced?.value, end: d.end_date?.value };
}

export function treatyDates(r: LoadedRecord): TreatyDates {
  const d = r.data as any;
  return { file: r.file, id: d.id, signed: d.signed?.value, entry_into_force: d.entry_into_force?.value };
}

const RATIFICATION_STEPS = new Set(['submission-to-legislature', 'legislative-vote', 'legislative-approval', 'law-signed', 'ratification-decree', 'exchange-of-instruments']);

/** a is certainly after b: even a's earliest reading falls after b's latest (partial dates compare by bounds). */
function certainlyAfter(a: string, b: string): boolean {
  const x = dateBounds(a);
  const y = dateBounds(b);
  return x !== undefined && y !== undefined && x.earliest > y.latest;
}

/**
 * Dates that must agree: signing, then ratification steps, then entry into force; a treaty's own
 * dates equal those of the events that carry them; an event is not announced before it happened.
 */
export function checkChronology(events: DatedEvent[], treaties: TreatyDates[]): Problem[] {
  const problems: Problem[] = [];
  for (const e of events) {
    if (e.announced && certainlyAfter(e.date, e.announced)) {
      problems.push({ file: e.file, pointer: '/announced/value', message: `announced ${e.announced}, before the event's date ${e.date}` });
    }
    if (e.end && certainlyAfter(e.date, e.end)) {
      problems.push({ file: e.file, pointer: '/end_date/value', message: `ends ${e.end}, before it starts (${e.date})` });
    }
  }
  const byTreaty = groupBy(events.filter((e) => e.treaty !== undefined), (e) => e.treaty!);
  for (const treaty of treaties) {
    const mine = byTreaty.get(treaty.id) ?? [];
    const signings = mine.filter((e) => e.type === 'signing');
    const steps = mine.filter((e) => RATIFICATION_STEPS.has(e.type));
    const inForce = mine.filter((e) => e.type === 'entry-into-force');
    for (const s of signings) {
      for (const step of steps) {
        if (certainlyAfter(s.date, step.date)) problems.push({ file: step.file, pointer: '/date/value', message: `${step.type} on ${step.date} is before the signing of ${treaty.id} on ${s.date} (${s.id})` });
      }
      for (const f of inForce) {
        if (certainlyAfter(s.date, f.date)) problems.push({ file: f.file, pointer: '/date/value', message: `entry into force on ${f.date} is before the signing of ${treaty.id} on ${s.date} (${s.id})` });
      }
    }
    for (const step of steps) {
      for (const f of inForce) {
        if (certainlyAfter(step.date, f.date)) problems.push({ file: step.file, pointer: '/date/value', message: `${step.type} on ${step.date} is after the entry into force of ${treaty.id} on ${f.date} (${f.id})` });
      }
    }
    const agree = (field: 'signed' | 'entry_into_force', label: string, carriers: DatedEvent[]) => {
      const value = treaty[field];
      if (value === undefined) return;
      for (const e of carriers) {
        if (e.date !== value) problems.push({ file: treaty.file, pointer: `/${field}/value`, message: `${label} ${value} disagrees with event ${e.id} dated ${e.date}` });
      }
    };
    agree('signed', 'signed', signings);
    agree('entry_into_force', 'entry into force', inForce);
  }
  return problems;
}
