import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('status-changes-agree-with-events', () => {
  it('passes the real treaties', () => expect(ofRule(problemsAfter(), 'status-changes-agree-with-events')).toEqual([]));

  it('refuses a status change citing a source its event records for another date', () => {
    let at = -1;
    const problems = problemsAfter((record) => {
      const history = record('data/treaties/su-kp-friendship-1961.json').status_history;
      at = history.findIndex((h: { status: string }) => h.status === 'expired');
      history[at].sources[0].source = 'cq-press-2009-gibler-alliances-ussr-dprk';
    });
    expect(ofRule(problems, 'status-changes-agree-with-events').map((p) => [p.file, p.pointer, p.message])).toEqual([
      [
        'data/treaties/su-kp-friendship-1961.json',
        `/status_history/${at}/sources/0/source`,
        'cq-press-2009-gibler-alliances-ussr-dprk is cited for the expired change on 1996-09-10, but su-kp-friendship-1961-expiry records it as giving 1995-09-07',
      ],
    ]);
  });
});
