import { recordRule } from '../rule.js';
import { forEachWithAlternatives } from '../with-alternatives.js';

/** What an alternative says besides its sources and its note: the reading it gives. */
const ABOUT = new Set(['sources', 'note']);

/**
 * An alternative is another reading: it gives a value other than the one kept (a date, a count).
 * One that repeats the value, or gives none at all, is a source cited in the wrong place.
 */
export default recordRule({
  name: 'alternatives-differ-from-value',
  description: 'Every alternative to a value gives a reading other than the value kept (another date, another count).',
  check(record, report) {
    forEachWithAlternatives(record, (node, place) => {
      node.alternatives.forEach((alt, i) => {
        const reading = Object.keys(alt).filter((k) => !ABOUT.has(k));
        if (reading.some((k) => alt[k] !== node[k])) return;
        report(
          `${place.pointer()}/alternatives/${i}`,
          reading.length === 0
            ? 'gives no reading of its own: an alternative records the value its sources give instead'
            : `gives the value kept (${reading.map((k) => `${k} ${JSON.stringify(alt[k])}`).join(', ')}), so it is no alternative`,
          reading.length === 0
            ? 'write the value its sources give, or cite them for the value kept'
            : 'write the value its sources give instead; if they give the value kept, cite them in "sources" beside it',
        );
      });
    });
  },
});
