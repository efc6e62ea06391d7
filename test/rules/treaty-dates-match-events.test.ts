import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('treaty-dates-match-events', () => {
  it('passes the real treaties', () => expect(ofRule(problemsAfter(), 'treaty-dates-match-events')).toEqual([]));

  it('refuses a treaty date that disagrees with the event that records it', () => {
    const problems = problemsAfter((record) => {
      record('data/treaties/csp-2024.json').entry_into_force.value = '2024-12-05';
    });
    expect(ofRule(problems, 'treaty-dates-match-events').map((p) => [p.file, p.pointer, p.message])).toEqual([
      ['data/treaties/csp-2024.json', '/entry_into_force/value', 'entry into force 2024-12-05 disagrees with event csp-2024-entry-into-force dated 2024-12-04'],
    ]);
  });
});
