import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('persons-hold-office-on-event-date', () => {
  it('passes the real events', () => expect(ofRule(problemsAfter(), 'persons-hold-office-on-event-date')).toEqual([]));

  it('refuses a person acting outside every office recorded, and one with no office', () => {
    const problems = problemsAfter((record) => {
      record('data/events/putin-pyongyang-visit-2024.json').date.value = '2010-06-19';
      delete record('data/parties/kim-jong-un.json').offices;
    });
    const found = ofRule(problems, 'persons-hold-office-on-event-date').filter((p) => p.file === 'data/events/putin-pyongyang-visit-2024.json');
    expect(found.map((p) => [p.pointer, p.message])).toEqual([
      [
        '/participants/0/party',
        'vladimir-putin takes part on 2010-06-19, outside every office recorded: President of the Russian Federation 2000-05-07..2008-05-07; President of the Russian Federation 2024-05-07..',
      ],
      ['/participants/1/party', 'kim-jong-un takes part on 2010-06-19 but has no office recorded'],
    ]);
  });
});
