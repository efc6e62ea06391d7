import { closest } from '../../closest.js';
import { recordRule } from '../rule.js';

/** Above this many ids a table is not searched for the id a typo meant (a hand-curated table has a few hundred). */
const SUGGEST_UP_TO = 5000;

/**
 * Every reference names a record of the table it must name. The ids are those of the record files
 * (a file's name is its id), so a record that fails its schema is reported once, not again as a
 * dangling reference from every record that cites it. Where an id of that table is one typo away,
 * the fix names it.
 */
export default recordRule({
  name: 'references-resolve',
  description: 'Every reference (a source, party, treaty, clause, event or claim id) names an existing record of that table.',
  check(record, report, { table, index }) {
    for (const ref of index.references(table, record)) {
      const ids = index.ids.get(ref.table);
      if (ids?.has(ref.id)) continue;
      const elsewhere = [...index.ids].find(([, ids]) => ids.has(ref.id))?.[0];
      const meant = !elsewhere && ids && ids.size <= SUGGEST_UP_TO ? closest(ref.id, ids) : undefined;
      report(
        ref.pointer(),
        `"${ref.id}" must be the id of a record of ${ref.table}${elsewhere ? ` (it is a record of ${elsewhere})` : ''}`,
        `${meant ? `did you mean "${meant}"? If not, ` : ''}use the id of a record in data/${ref.table}/, or add data/${ref.table}/${ref.id}.json`,
      );
    }
  },
});
