import { recordRule } from '../rule.js';

/** A retired id keeps naming what it named in the releases that had it: no record takes it again, in any table. */
export default recordRule({
  name: 'retired-ids-not-reused',
  description: 'No record has an id retired in releases/retired.json.',
  check(record, report, { index }) {
    const id = (record as { id: string }).id;
    const retired = index.releases.retired.get(id);
    if (retired)
      report(
        '/id',
        `id "${id}" was retired in ${retired.retired_in} (releases/retired.json): an id is never used again`,
        `give this record an id of its own${retired.replaced_by ? ` (the retired id was replaced by ${retired.replaced_by})` : ''}`,
      );
  },
});
