/** One thing wrong with the input, located precisely enough to fix it without searching. */
export interface Problem {
  /** Path of the offending file, relative to the project root (e.g. data/events/x.json). */
  file: string;
  /** JSON pointer inside that file ("" for the whole document). */
  pointer: string;
  /** The rule broken, in plain words. */
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file} ${p.pointer === '' ? '/' : p.pointer}: ${p.message}`;
}

/** Stable order, so that the same bad input always prints the same report. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => cmp(a.file, b.file) || cmp(a.pointer, b.pointer) || cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON pointer escaping (RFC 6901). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
