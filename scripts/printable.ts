/**
 * Characters that a terminal or log viewer would act on rather than show: C0 and C1 controls (ANSI
 * escape sequences start with ESC or CSI), DEL, bidi controls that reorder what is shown, and line or
 * paragraph separators. Tab and newline are not kept either: a printed value stays on one line.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]/gu;

const asEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text from files (names, paths, values, error messages quoting them) made safe to print: every such
 * character is written as a \uXXXX escape, so a record cannot move the cursor, colour the terminal,
 * reorder a line or print a fake "build ok" line. Lone surrogates are escaped too (a
 * well-formed pair is one code point, outside the class).
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, asEscape);
}
