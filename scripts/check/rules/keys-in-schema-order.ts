import { recordRule } from '../rule.js';

/**
 * A record's keys come in its schema's order, at every level. Not a matter of taste: dist/json/ writes
 * each record's keys in the order the file has them, so a file written in another order would change
 * the exports without changing a fact. The rest of a file's form (indent, line ends, a byte-order
 * mark) changes no byte of the exports; npm run check judges it, and npm run fix mends both.
 */
export default recordRule({
  name: 'keys-in-schema-order',
  description: "A record's keys are in the order its schema lists them, at every level (the order dist/json/ writes them in); npm run fix puts them in order.",
  check(record, report, { table, index }) {
    for (const { pointer, expected } of index.keyOrder(table, record))
      report(pointer, `keys are not in the schema's order (${expected.join(', ')})`, 'run npm run fix, which rewrites the file with its keys in order');
  },
});
