import { certainlyAfter } from '../../validate/partial-date.js';
import { recordRule } from '../rule.js';

/**
 * A claim's status says where things stood on the day it was last reviewed (status_as_of): a review
 * cannot have weighed a position taken, or an estimate made, after that day.
 */
export default recordRule({
  name: 'claim-reviewed-after-positions',
  description: 'A claim\'s "status_as_of" is not before the date of any of its positions or estimates.',
  table: 'claims',
  check(claim, report) {
    const dated = [
      ...claim.positions.map((p, i) => ({ date: p.date, pointer: `/positions/${i}/date` })),
      ...(claim.estimates ?? []).map((e, i) => ({ date: e.date, pointer: `/estimates/${i}/date` })),
    ];
    const later = dated.filter((d) => certainlyAfter(d.date, claim.status_as_of));
    if (later.length === 0) return;
    const last = later.reduce((a, b) => (b.date > a.date ? b : a));
    report(
      '/status_as_of',
      `${claim.status_as_of} is before ${later.length === 1 ? 'a date' : `${later.length} dates`} the claim records (the latest ${last.date}, at ${last.pointer}): the status cannot have been reviewed before them`,
      'set "status_as_of" to the day you last reviewed the status against every position, or check the later dates against their sources',
    );
  },
});
