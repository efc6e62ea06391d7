import { certainlyAfter } from '../../validate/partial-date.js';
import { recordRule } from '../rule.js';

/** An office ends after it begins (partial dates compare by their bounds): persons-hold-office-on-event-date relies on it. */
export default recordRule({
  name: 'office-dates-in-order',
  description: 'An office a party holds does not end ("to") before it begins ("from").',
  table: 'parties',
  check(party, report) {
    (party.offices ?? []).forEach((o, i) => {
      if (o.from !== undefined && o.to !== undefined && certainlyAfter(o.from, o.to))
        report(`/offices/${i}/to`, `${o.title} ends ${o.to}, before it begins (${o.from})`, 'check both dates against their sources (a mistyped year?)');
    });
  },
});
