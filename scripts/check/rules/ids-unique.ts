import { groupBy } from '../../group-by.js';
import { datasetRule } from '../rule.js';

interface IdFact {
  id: string;
  stem: string;
}

/** Ids are unique across the whole dataset, so that an id alone names one record, whatever its table. */
export default datasetRule<IdFact>({
  name: 'ids-unique',
  description: 'No two records share an id, in the same table or in different tables.',
  collect: { '*': (record, { stem }) => ({ id: record.id, stem }) },
  judge(facts, report) {
    // Grouped only when some id repeats: a dataset without a duplicate needs one pass over a set.
    const seen = new Set<string>();
    const repeated = new Set<string>();
    for (const f of facts) {
      if (seen.has(f.fact.id)) repeated.add(f.fact.id);
      else seen.add(f.fact.id);
    }
    if (repeated.size === 0) return;
    for (const [id, same] of groupBy(
      facts.filter((f) => repeated.has(f.fact.id)),
      (f) => f.fact.id,
    )) {
      if (same.length < 2) continue;
      // The owner is the record whose file bears the id, in the first table (facts come in table order).
      const owner = same.find((f) => f.fact.stem === id) ?? same[0]!;
      for (const f of same) {
        if (f !== owner)
          report(
            f,
            '/id',
            `duplicate id "${id}": already used by ${owner.file}`,
            'give this record an id of its own (ids are never reused, see releases/retired.json)',
          );
      }
    }
  },
});
