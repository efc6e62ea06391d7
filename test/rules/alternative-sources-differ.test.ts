import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('alternative-sources-differ', () => {
  it('passes the real records', () => expect(ofRule(problemsAfter(), 'alternative-sources-differ')).toEqual([]));

  it('refuses a source cited for a value and for an alternative to it', () => {
    const problems = problemsAfter((record) => {
      const d = record('data/events/su-kp-friendship-1961-expiry.json').date;
      d.alternatives[0].sources[0].source = d.sources[0].source;
    });
    expect(ofRule(problems, 'alternative-sources-differ').map((p) => [p.file, p.pointer])).toEqual([
      ['data/events/su-kp-friendship-1961-expiry.json', '/date/alternatives/0/sources/0/source'],
    ]);
    expect(ofRule(problems, 'alternative-sources-differ')[0]!.message).toBe(
      'joongang-1995-russia-notifies-dprk-treaty-abolition is cited for "1996-09-10" and for the alternative "1996-09"',
    );
  });
});
