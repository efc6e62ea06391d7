import { recordRule } from '../rule.js';

/** A record does not cite itself: a treaty replacing itself, a clause compared with itself, a source derived from itself. */
export default recordRule({
  name: 'no-self-reference',
  description:
    'No reference names the record it is in (a treaty does not replace itself, a clause does not compare with itself, a source is not derived from itself, a party is not its own state).',
  check(record, report, { table, index }) {
    const id = (record as { id: string }).id;
    for (const ref of index.references(table, record)) {
      if (ref.table === table && ref.id === id)
        report(ref.pointer(), `refers to its own record "${id}"`, `name another record of ${table}, or remove the reference`);
    }
  },
});
