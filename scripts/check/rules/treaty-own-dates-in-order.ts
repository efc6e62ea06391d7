import { certainlyAfter } from '../../validate/partial-date.js';
import { recordRule } from '../rule.js';

/** A treaty's own dates follow its signing: it enters into force, changes status or ends after it is signed. */
export default recordRule({
  name: 'treaty-own-dates-in-order',
  description: "A treaty's entry_into_force and every status_history date are not before its own signed date.",
  table: 'treaties',
  check(treaty, report) {
    const signed = treaty.signed?.value;
    if (signed === undefined) return;
    const fix = 'check both dates against their sources';
    const inForce = treaty.entry_into_force?.value;
    if (inForce !== undefined && certainlyAfter(signed, inForce))
      report('/entry_into_force/value', `entry into force ${inForce} is before the treaty was signed (${signed})`, fix);
    (treaty.status_history ?? []).forEach((h, i) => {
      if (certainlyAfter(signed, h.date))
        report(`/status_history/${i}/date`, `status "${h.status}" on ${h.date} is before the treaty was signed (${signed})`, fix);
    });
  },
});
