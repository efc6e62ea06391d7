import { type ValuePlace, visitValues } from './visit-values.js';

/** A cited value that sources read otherwise (a dated fact, a vote count, an article count): the value kept, its sources, and the other readings. */
export interface WithAlternatives {
  sources: { source: string }[];
  alternatives: (Record<string, unknown> & { sources: { source: string }[] })[];
  [field: string]: unknown;
}

const isWithAlternatives = (v: unknown): v is WithAlternatives =>
  v !== null && typeof v === 'object' && Array.isArray((v as WithAlternatives).sources) && Array.isArray((v as WithAlternatives).alternatives);

/** Visits every value of a record that has at least one alternative reading, with where it is. */
export function forEachWithAlternatives(record: unknown, visit: (node: WithAlternatives, place: ValuePlace) => void): void {
  visitValues(record, (node, place) => {
    // Most cited values have no alternative: nothing for a rule to compare.
    if (isWithAlternatives(node) && node.alternatives.length > 0) visit(node, place);
  });
}
