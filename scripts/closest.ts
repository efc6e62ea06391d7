/**
 * The candidate a mistyped value most likely meant, for a "did you mean" in a problem's fix: the
 * nearest by edit distance (insertions, deletions, substitutions and swaps of two neighbours), if it
 * is near enough to be a typo (1 edit for values of up to 4 characters, 2 up to 11, 3 beyond); ties go
 * to the first in code-unit order, so the same input always suggests the same value. Runs only when
 * something is already wrong, never on valid data.
 */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const max = value.length <= 4 ? 1 : value.length < 12 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    if (c === value || Math.abs(c.length - value.length) > Math.min(max, bestDistance)) continue;
    const d = distance(value, c, Math.min(max, bestDistance));
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= max ? best : undefined;
}

/** Optimal-string-alignment distance of a and b, or limit + 1 as soon as it must exceed limit. */
function distance(a: string, b: string, limit: number): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
