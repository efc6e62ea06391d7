import { recordRule } from '../rule.js';

/**
 * Every reference names a record of the table it must name. The ids are those of the record files
 * (a file's name is its id), so a record that fails its schema is reported once, not again as a
 * dangling reference from every record that cites it.
 */
export default recordRule({
  name: 'references-resolve',
  description: 'Every reference (a source, party, treaty, clause, event or claim id) names an existing record of that table.',
  check(record, report, { table, index }) {
    for (const ref of index.references(table, record)) {
      if (index.ids.get(ref.table)?.has(ref.id)) continue;
      const elsewhere = [...index.ids].find(([, ids]) => ids.has(ref.id))?.[0];
      report(
        ref.pointer(),
        `"${ref.id}" must be the id of a record of ${ref.table}${elsewhere ? ` (it is a record of ${elsewhere})` : ''}`,
        `use the id of a record in data/${ref.table}/, or add data/${ref.table}/${ref.id}.json`,
      );
    }
  },
});
