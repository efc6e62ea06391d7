import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('order-in-day-distinct', () => {
  it('passes the real events', () => expect(ofRule(problemsAfter(), 'order-in-day-distinct')).toEqual([]));

  it('refuses two events of one day in the same position, and a position on a month', () => {
    const problems = problemsAfter((record) => {
      record('data/events/csp-2024-entry-into-force.json').order_in_day = 1;
      record('data/events/dprk-engineer-deployment-kursk-2025.json').order_in_day = 1;
    });
    expect(ofRule(problems, 'order-in-day-distinct').map((p) => [p.file, p.pointer, p.message])).toEqual([
      ['data/events/csp-2024-exchange-of-instruments.json', '/order_in_day', 'order_in_day 1 on 2024-12-04 is also given to csp-2024-entry-into-force'],
      [
        'data/events/dprk-engineer-deployment-kursk-2025.json',
        '/order_in_day',
        'order_in_day 1 on a date of month precision (2025-08): it orders events within one day',
      ],
    ]);
  });
});
