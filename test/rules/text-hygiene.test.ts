import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'text-hygiene';

describe(RULE, () => {
  it('passes the real records', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it.each([
    ['a lone surrogate', 'Putin\ud800', 'holds a lone surrogate (half of a UTF-16 pair), which no export can write'],
    ['NUL', 'Vladimir\u0000 Putin', 'holds the control character U+0000'],
    ['BEL', 'Vladimir\u0007 Putin', 'holds the control character U+0007'],
    ['an ANSI escape', '\u001b[32mbuild ok', 'holds the control character U+001B'],
    ['a newline', 'Vladimir\nPutin', 'holds the control character U+000A'],
    ['a C1 control', 'Vladimir\u0085Putin', 'holds the control character U+0085'],
    [
      'U+FFFF (a noncharacter, which XML cannot hold)',
      'Vladimir\uffff Putin',
      'holds the noncharacter U+FFFF, which Unicode reserves never to be interchanged (XML cannot hold U+FFFE or U+FFFF)',
    ],
    [
      'U+10FFFF (the last noncharacter)',
      'Vladimir\u{10ffff} Putin',
      'holds the noncharacter U+10FFFF, which Unicode reserves never to be interchanged (XML cannot hold U+FFFE or U+FFFF)',
    ],
    ['U+FDD0', 'Vladimir\ufdd0 Putin', 'holds the noncharacter U+FDD0, which Unicode reserves never to be interchanged (XML cannot hold U+FFFE or U+FFFF)'],
    ['a bidi override', 'Vladimir \u202eniTuP', 'holds the bidirectional control U+202E, which reorders the text as shown'],
    ['a leading zero-width space', '\u200bVladimir Putin', 'starts or ends with the invisible character U+200B'],
    // (A trailing U+FEFF is white space to the schema's text pattern, which refuses it first.)
    ['a trailing word joiner', 'Vladimir Putin\u2060', 'starts or ends with the invisible character U+2060'],
    [
      'a decomposed letter (not NFC)',
      'Vladimir Pute\u0301n',
      'is not in Unicode normalization form NFC (the same letters could be stored as other code points)',
    ],
  ])('refuses %s in a name, with its pointer', (_what, name, message) => {
    const problems = ofRule(
      problemsAfter((record) => {
        record('data/parties/vladimir-putin.json').name = name;
      }),
      RULE,
    );
    expect(problems.map(({ file, pointer, message: m }) => ({ file, pointer, message: m }))).toEqual([
      { file: 'data/parties/vladimir-putin.json', pointer: '/name', message },
    ]);
  });

  it("applies to every string, however deep (a quote inside a date's citation)", () => {
    const problems = ofRule(
      problemsAfter((record) => {
        record('data/events/csp-2024-signing.json').date.sources[0].quote = 'signed\u202e';
      }),
      RULE,
    );
    expect(problems.map((p) => p.pointer)).toEqual(['/date/sources/0/quote']);
  });
});
