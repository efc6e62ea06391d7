import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('ratification-chain-independently-sourced', () => {
  it('passes the real events', () => expect(ofRule(problemsAfter(), 'ratification-chain-independently-sourced')).toEqual([]));

  it('refuses a step dated by sources of one origin, however many', () => {
    const problems = problemsAfter((record) => {
      const e = record('data/events/csp-2024-signing.json');
      e.date.sources = [e.date.sources[0], { ...e.date.sources[0], locator: 'again' }];
    });
    expect(ofRule(problems, 'ratification-chain-independently-sourced').map((p) => [p.file, p.pointer])).toEqual([
      ['data/events/csp-2024-signing.json', '/date/sources'],
    ]);
    expect(ofRule(problems, 'ratification-chain-independently-sourced')[0]!.message).toMatch(
      /^the signing date 2024-06-19 cites 1 independent source \(.+\); a step of the ratification chain needs two$/,
    );
  });

  it('counts two outlets relaying one newsroom as one source', () => {
    const problems = problemsAfter((record) => {
      const e = record('data/events/csp-2024-signing.json');
      for (const c of e.date.sources) record(`data/sources/${c.source}.json`).origin = 'KCNA';
    });
    expect(ofRule(problems, 'ratification-chain-independently-sourced').map((p) => p.file)).toEqual(['data/events/csp-2024-signing.json']);
  });
});
