import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'alternatives-differ-from-value';

describe(RULE, () => {
  it('passes the real records', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses an alternative date that is the date kept, and a dissenting vote count that gives no count', () => {
    const problems = problemsAfter((record) => {
      record('data/events/csp-2024-ru-law-signed.json').date.alternatives[0].value = '2024-11-09';
      const vote = record('data/events/csp-2024-duma-vote.json').vote;
      vote.alternatives = [{ sources: [{ source: 'tass-2024-12-05-treaty-entered-force' }], note: 'Another count.' }];
    });
    expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}: ${p.message} (fix: ${p.fix})`)).toEqual([
      'data/events/csp-2024-duma-vote.json /vote/alternatives/0: gives no reading of its own: an alternative records the value its sources give instead (fix: write the value its sources give, or cite them for the value kept)',
      'data/events/csp-2024-ru-law-signed.json /date/alternatives/0: gives the value kept (value "2024-11-09"), so it is no alternative (fix: write the value its sources give instead; if they give the value kept, cite them in "sources" beside it)',
    ]);
  });

  it('passes a dissenting count that differs in one of the counts it gives', () => {
    const problems = problemsAfter((record) => {
      const vote = record('data/events/csp-2024-duma-vote.json').vote;
      vote.alternatives = [{ for: vote.for, against: vote.against + 1, sources: [{ source: 'tass-2024-12-05-treaty-entered-force' }], note: 'Another count.' }];
    });
    expect(ofRule(problems, RULE)).toEqual([]);
  });
});
