import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('event-dates-in-order', () => {
  it('passes the real events', () => expect(ofRule(problemsAfter(), 'event-dates-in-order')).toEqual([]));

  it('refuses an announcement before the event and an end before the start (partial dates by their bounds)', () => {
    const problems = problemsAfter((record) => {
      const e = record('data/events/csp-2024-entry-into-force.json');
      e.announced.value = '2024-11';
      const visit = record('data/events/putin-pyongyang-visit-2024.json');
      visit.end_date.value = '2024-05';
    });
    expect(ofRule(problems, 'event-dates-in-order').map((p) => [p.file, p.pointer, p.message])).toEqual([
      ['data/events/csp-2024-entry-into-force.json', '/announced/value', "announced 2024-11, before the event's date 2024-12-04"],
      ['data/events/putin-pyongyang-visit-2024.json', '/end_date/value', 'ends 2024-05, before it starts (2024-06-19)'],
    ]);
  });

  it('lets a partial date that may be the same day pass', () => {
    const problems = problemsAfter((record) => {
      record('data/events/csp-2024-entry-into-force.json').announced.value = '2024-12';
    });
    expect(ofRule(problems, 'event-dates-in-order')).toEqual([]);
  });

  it('allows an announcement dated the day before the act (another time zone), not two days, and no end before the start at all', () => {
    const messages = (announced: string, end?: string) =>
      ofRule(
        problemsAfter((record) => {
          record('data/events/csp-2024-entry-into-force.json').announced.value = announced;
          if (end) record('data/events/putin-pyongyang-visit-2024.json').end_date.value = end;
        }),
        'event-dates-in-order',
      ).map((p) => p.message);
    expect(messages('2024-12-03')).toEqual([]);
    expect(messages('2024-12-02')).toEqual(["announced 2024-12-02, before the event's date 2024-12-04"]);
    expect(messages('2024-12-04', '2024-06-18')).toEqual(['ends 2024-06-18, before it starts (2024-06-19)']);
  });
});
