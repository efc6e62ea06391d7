import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

describe('coding-differences-explained', () => {
  it('passes the real codings', () => expect(ofRule(problemsAfter(), 'coding-differences-explained')).toEqual([]));

  it("refuses a value that differs from ATOP's without saying why, and a variable left out without a word", () => {
    const problems = problemsAfter((record) => {
      const c = record('data/codings/ru-kp-friendship-2000-atop.json');
      c.values[0] = { ...c.values[0], value: 1, note: 'Article 2.' };
      c.notes = 'Coded from the treaty text.';
    });
    expect(ofRule(problems, 'coding-differences-explained').map((p) => [p.file, p.pointer, p.message])).toEqual([
      [
        'data/codings/ru-kp-friendship-2000-atop.json',
        '/notes',
        'nonagg is coded by ATOP (data/codings/ru-kp-friendship-2000-atop-project.json) but neither coded here nor explained in "notes"',
      ],
      [
        'data/codings/ru-kp-friendship-2000-atop.json',
        '/values/0/note',
        "defense is 1 here but 0 in ATOP's coding (data/codings/ru-kp-friendship-2000-atop-project.json), and the note does not say why",
      ],
    ]);
  });
});
