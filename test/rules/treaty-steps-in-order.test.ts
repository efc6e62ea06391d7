import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('treaty-steps-in-order', () => {
  it('passes the real events', () => expect(ofRule(problemsAfter(), 'treaty-steps-in-order')).toEqual([]));

  it('refuses a ratification step before the signing and after the entry into force', () => {
    const problems = problemsAfter((record) => {
      record('data/events/csp-2024-duma-vote.json').date.value = '2024-06-01';
      record('data/events/csp-2024-ru-law-signed.json').date.value = '2025-01';
    });
    expect(ofRule(problems, 'treaty-steps-in-order').map((p) => [p.file, p.pointer, p.message])).toEqual([
      [
        'data/events/csp-2024-duma-vote.json',
        '/date/value',
        'legislative-vote on 2024-06-01 is before the signing of csp-2024 on 2024-06-19 (csp-2024-signing)',
      ],
      [
        'data/events/csp-2024-ru-law-signed.json',
        '/date/value',
        'law-signed on 2025-01 is after the entry into force of csp-2024 on 2024-12-04 (csp-2024-entry-into-force)',
      ],
    ]);
  });
});
