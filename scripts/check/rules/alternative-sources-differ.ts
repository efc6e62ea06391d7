import { pointerOf } from '../../problem.js';
import { recordRule } from '../rule.js';

interface SourcedValue {
  value: unknown;
  sources: { source: string }[];
  alternatives: { value: unknown; sources: { source: string }[] }[];
}

const isSourcedValue = (v: unknown): v is SourcedValue =>
  v !== null && typeof v === 'object' && Array.isArray((v as SourcedValue).sources) && Array.isArray((v as SourcedValue).alternatives);

/**
 * A source backs one reading of a value: it is not cited both for the value kept and for an
 * alternative to it (a dated fact, a vote count, an article count: any value with "alternatives").
 */
export default recordRule({
  name: 'alternative-sources-differ',
  description: 'No source is cited both for a value and for an alternative to it.',
  check(record, report) {
    // The path is kept as segments and written as a pointer only for a problem: most records have none.
    const path: (string | number)[] = [];
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== 'object') return;
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          path.push(i);
          walk(node[i]);
          path.pop();
        }
        return;
      }
      if (isSourcedValue(node)) {
        const main = new Set(node.sources.map((c) => c.source));
        node.alternatives.forEach((alt, i) => {
          alt.sources.forEach((c, j) => {
            if (main.has(c.source))
              report(
                `${pointerOf(...path)}/alternatives/${i}/sources/${j}/source`,
                `${c.source} is cited for ${JSON.stringify(node.value)} and for the alternative ${JSON.stringify(alt.value)}`,
                'cite the source for the reading it gives; if it gives both, say so in a note and cite it for one',
              );
          });
        });
      }
      for (const key in node) {
        path.push(key);
        walk((node as Record<string, unknown>)[key]);
        path.pop();
      }
    };
    walk(record);
  },
});
