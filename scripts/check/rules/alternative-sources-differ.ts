import { recordRule } from '../rule.js';
import { forEachWithAlternatives } from '../with-alternatives.js';

/**
 * A source backs one reading of a value: it is not cited both for the value kept and for an
 * alternative to it (a dated fact, a vote count, an article count: any value with "alternatives").
 */
export default recordRule({
  name: 'alternative-sources-differ',
  description: 'No source is cited both for a value and for an alternative to it.',
  check(record, report) {
    forEachWithAlternatives(record, (node, place) => {
      const main = new Set(node.sources.map((c) => c.source));
      node.alternatives.forEach((alt, i) => {
        alt.sources.forEach((c, j) => {
          if (main.has(c.source))
            report(
              `${place.pointer()}/alternatives/${i}/sources/${j}/source`,
              `${c.source} is cited for ${JSON.stringify(node.value)} and for the alternative ${JSON.stringify(alt.value)}`,
              'cite the source for the reading it gives; if it gives both, say so in a note and cite it for one',
            );
        });
      });
    });
  },
});
