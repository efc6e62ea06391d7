import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('status-history-in-order', () => {
  it('passes the real treaties', () => expect(ofRule(problemsAfter(), 'status-history-in-order')).toEqual([]));

  it('refuses a history out of date order, and one that ends elsewhere than the status', () => {
    const problems = problemsAfter((record) => {
      const t = record('data/treaties/csp-2024.json');
      t.status_history.reverse();
    });
    expect(ofRule(problems, 'status-history-in-order').map((p) => [p.file, p.pointer, p.message])).toEqual([
      ['data/treaties/csp-2024.json', '/status_history/1/date', "2024-06-19 is before the previous entry's date 2024-12-04"],
      ['data/treaties/csp-2024.json', '/status_history/1/status', 'the last status change is to "signed", but the treaty\'s status is "in-force"'],
    ]);
  });
});
