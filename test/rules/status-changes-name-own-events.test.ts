import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'status-changes-name-own-events';

describe(RULE, () => {
  it('passes the real treaties', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  const lines = (edit: Parameters<typeof problemsAfter>[0]) =>
    ofRule(problemsAfter(edit), RULE).map((p) => `${p.file} ${p.pointer}: ${p.message} (fix: ${p.fix})`);

  it("refuses a change naming another treaty's event, or an event of no treaty", () => {
    expect(
      lines((record) => {
        record('data/treaties/csp-2024.json').status_history[0].event = 'cn-kp-friendship-1961-signing';
      }),
    ).toEqual([
      'data/treaties/csp-2024.json /status_history/0/event: the signed change names cn-kp-friendship-1961-signing, an event of another treaty (cn-kp-friendship-1961), not of csp-2024 (fix: name the event of csp-2024 that made the change, or remove "event")',
    ]);
    expect(
      lines((record) => {
        record('data/treaties/csp-2024.json').status_history[0].event = 'kursk-incursion-2024';
      }),
    ).toEqual([
      'data/treaties/csp-2024.json /status_history/0/event: the signed change names kursk-incursion-2024, an event of no treaty, not of csp-2024 (fix: name the event of csp-2024 that made the change, or remove "event")',
    ]);
  });

  it('refuses a change dated otherwise than its event; a partial date that may be the same day passes', () => {
    expect(
      lines((record) => {
        record('data/treaties/csp-2024.json').status_history[0].event = 'csp-2024-ru-law-signed';
      }),
    ).toEqual([
      'data/treaties/csp-2024.json /status_history/0/date: the signed change is dated 2024-06-19, but its event csp-2024-ru-law-signed is dated 2024-11-09 (fix: make the two dates agree (the sources decide), or name the event that made this change)',
    ]);
    expect(
      lines((record) => {
        record('data/treaties/csp-2024.json').status_history[0].date = '2024-06';
      }),
    ).toEqual([]);
  });

  it('leaves an event that does not exist to references-resolve', () => {
    const problems = problemsAfter((record) => {
      record('data/treaties/csp-2024.json').status_history[0].event = 'no-such-event';
    });
    expect(ofRule(problems, RULE)).toEqual([]);
    expect(ofRule(problems, 'references-resolve')).toHaveLength(1);
  });
});
