import { describe, expect, it } from 'vitest';
import { closest } from '../../scripts/closest.js';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('references-resolve', () => {
  it('passes the real records', () => expect(ofRule(problemsAfter(), 'references-resolve')).toEqual([]));

  it('refuses a reference to no record, and names the table of a reference to the wrong one', () => {
    const problems = problemsAfter((record) => {
      const e = record('data/events/csp-2024-signing.json');
      e.date.sources[1].source = 'no-such-source';
      e.treaty = 'china';
    });
    expect(ofRule(problems, 'references-resolve')).toEqual([
      {
        file: 'data/events/csp-2024-signing.json',
        pointer: '/date/sources/1/source',
        message: '"no-such-source" must be the id of a record of sources',
        fix: 'use the id of a record in data/sources/, or add data/sources/no-such-source.json',
        rule: 'references-resolve',
      },
      {
        file: 'data/events/csp-2024-signing.json',
        pointer: '/treaty',
        message: '"china" must be the id of a record of treaties (it is a record of parties)',
        fix: 'use the id of a record in data/treaties/, or add data/treaties/china.json',
        rule: 'references-resolve',
      },
    ]);
  });

  it('names the id a typo meant, when one of the right table is that near', () => {
    const problems = problemsAfter((record) => {
      record('data/events/csp-2024-signing.json').participants[0].party = 'vladimir-puttin';
    });
    expect(ofRule(problems, 'references-resolve')).toEqual([
      {
        file: 'data/events/csp-2024-signing.json',
        pointer: '/participants/0/party',
        message: '"vladimir-puttin" must be the id of a record of parties',
        fix: 'did you mean "vladimir-putin"? If not, use the id of a record in data/parties/, or add data/parties/vladimir-puttin.json',
        rule: 'references-resolve',
      },
    ]);
  });

  it('suggests only what is a typo away (closest)', () => {
    expect(closest('sergei-shoygu', ['sergei-lavrov', 'sergei-shoigu'])).toBe('sergei-shoigu');
    expect(closest('offical-visit', ['meeting', 'official-visit'])).toBe('official-visit');
    expect(closest('vistor', ['host', 'visitor'])).toBe('visitor');
    expect(closest('cnia', ['china'])).toBe(undefined);
    expect(closest('nobody-at-all', ['kim-jong-un', 'vladimir-putin'])).toBe(undefined);
    expect(closest('dprk', ['dprk', 'dprk-mfa'])).toBe(undefined);
    expect(closest('rusia-mfa', ['russia-mfa', 'russia-mfb'])).toBe('russia-mfa');
  });
});
