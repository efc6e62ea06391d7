import { printable } from './printable.js';

/** One thing wrong with the input, located precisely enough to fix it without searching. */
export interface Problem {
  /** Path of the offending file, relative to the project root (e.g. data/events/x.json). */
  file: string;
  /** JSON pointer inside that file ("" for the whole document). */
  pointer: string;
  /** The rule broken, in plain words. */
  message: string;
  /** How to fix it, where that is known. */
  fix?: string;
  /**
   * The rule broken: a dataset rule's name (scripts/check/rules/<rule>.ts) or, for a record that breaks
   * its schema, the schema's file (schema/<row>.schema.json); absent for a file that is not a record.
   */
  rule?: string;
}

/**
 * The problem's line (file, pointer, message, rule), then, indented on its own line, how to fix it.
 * File names, pointers and messages come from the data (a message may quote a value), so anything a
 * terminal would act on is escaped (printable): a record cannot colour the output, move the cursor
 * or print a line of its own, such as a fake "build ok".
 */
export function formatProblem(p: Problem): string {
  const line = printable(`${p.file} ${p.pointer === '' ? '/' : p.pointer}: ${p.message}${p.rule ? ` [${p.rule}]` : ''}`);
  return p.fix ? `${line}\n    fix: ${printable(p.fix)}` : line;
}

/** Stable order, so that the same bad input always prints the same report. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => cmp(a.file, b.file) || cmp(a.pointer, b.pointer) || cmp(a.message, b.message));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON pointer escaping (RFC 6901). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** A JSON pointer from its segments. */
export const pointerOf = (...segments: (string | number)[]): string => segments.map((s) => `/${pointerSegment(s)}`).join('');
