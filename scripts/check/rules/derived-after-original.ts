import { certainlyAfter, TIME_ZONE_DAYS } from '../../validate/partial-date.js';
import { datasetRule } from '../rule.js';

interface Published {
  id: string;
  published: string;
  derived_from?: readonly string[];
}

/**
 * A page that reprints or relays a document ("derived_from") is not published before that document,
 * give or take the day that time zones may put between their local dates.
 */
export default datasetRule<Published>({
  name: 'derived-after-original',
  description:
    "A source is not published before a source it is derived from: not by more than one day, since each is dated in its publisher's time zone (a copy in New York may carry the day before its original from Pyongyang).",
  collect: {
    sources: (s) => (s.published === undefined ? undefined : { id: s.id, published: s.published, ...(s.derived_from ? { derived_from: s.derived_from } : {}) }),
  },
  judge(facts, report) {
    const published = new Map(facts.map((f) => [f.fact.id, f.fact.published]));
    for (const f of facts) {
      f.fact.derived_from?.forEach((original, i) => {
        const when = published.get(original);
        if (when !== undefined && certainlyAfter(when, f.fact.published, TIME_ZONE_DAYS))
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
