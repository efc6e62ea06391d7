import { recordRule } from '../rule.js';
import { visitValues } from '../visit-values.js';

/** A surrogate code point standing alone (with the u flag, a well-formed pair is one code point, outside the class). */
const LONE_SURROGATE = /[\ud800-\udfff]/u;
/** C0 and C1 controls (tab and newline included: every text is one paragraph) and DEL. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
/** Marks that reorder text as shown (bidi embeddings, overrides, isolates, marks). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/**
 * Noncharacters: the 66 code points Unicode reserves never to be interchanged (U+FDD0-U+FDEF, and the
 * last two of every plane). XML cannot hold U+FFFE or U+FFFF at all: the SVG figures would not parse
 * and the workbook would drop them, so the outputs would disagree.
 */
const NONCHARACTER =
  /[\ufdd0-\ufdef\ufffe\uffff\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{3fffe}\u{3ffff}\u{4fffe}\u{4ffff}\u{5fffe}\u{5ffff}\u{6fffe}\u{6ffff}\u{7fffe}\u{7ffff}\u{8fffe}\u{8ffff}\u{9fffe}\u{9ffff}\u{afffe}\u{affff}\u{bfffe}\u{bffff}\u{cfffe}\u{cffff}\u{dfffe}\u{dffff}\u{efffe}\u{effff}\u{ffffe}\u{fffff}\u{10fffe}\u{10ffff}]/u;
/** Invisible characters that may join or separate inside a text, but never start or end one. */
const EDGE_INVISIBLE = /^[\u200b-\u200d\u2060\ufeff]|[\u200b-\u200d\u2060\ufeff]$/u;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Anything flaw() could object to: a character of one of its classes, or one that NFC could change
 * (below U+0300 nothing composes or decomposes). Most strings fail this test, and skip flaw().
 */
const SUSPECT = /[^\u0020-\u007e\u00a0-\u02ff]/;

/** What is wrong with one string, if anything, and how to fix it. */
function flaw(text: string): [string, string] | undefined {
  if (!SUSPECT.test(text)) return undefined;
  if (LONE_SURROGATE.test(text))
    return ['holds a lone surrogate (half of a UTF-16 pair), which no export can write', 'retype the character, or remove the \\uD800-\\uDFFF escape'];
  const control = CONTROL.exec(text);
  if (control)
    return [`holds the control character ${codePoint(control[0])}`, 'remove it (text is one paragraph: no tab, newline, escape or other control character)'];
  const nonchar = NONCHARACTER.exec(text);
  if (nonchar)
    return [`holds the noncharacter ${codePoint(nonchar[0])}, which Unicode reserves never to be interchanged (XML cannot hold U+FFFE or U+FFFF)`, 'remove it'];
  const bidi = BIDI.exec(text);
  if (bidi)
    return [
      `holds the bidirectional control ${codePoint(bidi[0])}, which reorders the text as shown`,
      'remove it: right-to-left text displays correctly without it',
    ];
  const edge = EDGE_INVISIBLE.exec(text);
  if (edge) return [`starts or ends with the invisible character ${codePoint(edge[0])}`, 'remove it'];
  if (text.normalize('NFC') !== text)
    return [
      'is not in Unicode normalization form NFC (the same letters could be stored as other code points)',
      'run npm run fix, which normalises every string to NFC',
    ];
  return undefined;
}

/**
 * Text is plain text: every string of every record is well-formed Unicode in NFC, without control
 * characters, noncharacters, bidirectional controls, or an invisible character at its start or end. So the JSON,
 * CSV and Parquet exports hold the same characters, a terminal shows what is there, and two equal
 * names compare equal.
 */
export default recordRule({
  name: 'text-hygiene',
  description:
    'Every string is well-formed Unicode (no lone surrogate) in NFC, with no C0 or C1 control character (no tab or newline either), no noncharacter (U+FDD0–U+FDEF, U+FFFE, U+FFFF and the last two code points of every plane), no bidirectional control (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), and no zero-width character or byte-order mark (U+200B–U+200D, U+2060, U+FEFF) at its start or end.',
  check(record, report) {
    visitValues(record, (value, place) => {
      if (typeof value !== 'string') return;
      const found = flaw(value);
      if (found) report(place.pointer(), found[0], found[1]);
    });
  },
});
