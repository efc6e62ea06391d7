import { certainlyAfter } from '../../validate/partial-date.js';
import { datasetRule } from '../rule.js';

interface Published {
  id: string;
  published: string;
  derived_from?: readonly string[];
}

/** A page that reprints or relays a document ("derived_from") is not published before that document. */
export default datasetRule<Published>({
  name: 'derived-after-original',
  description: 'A source is not published before a source it is derived from.',
  collect: {
    sources: (s) => (s.published === undefined ? undefined : { id: s.id, published: s.published, ...(s.derived_from ? { derived_from: s.derived_from } : {}) }),
  },
  judge(facts, report) {
    const published = new Map(facts.map((f) => [f.fact.id, f.fact.published]));
    for (const f of facts) {
      f.fact.derived_from?.forEach((original, i) => {
        const when = published.get(original);
        if (when !== undefined && certainlyAfter(when, f.fact.published))
          report(
            f,
            `/derived_from/${i}`,
            `is derived from ${original}, published ${when}, after this source (${f.fact.published})`,
            'check both publication dates against the pages, and whether this page really relays that one',
          );
      });
    }
  },
});
