import { recordRule } from '../rule.js';

/** A treaty's status history reads forward in time and ends at the status the record gives. */
export default recordRule({
  name: 'status-history-in-order',
  description: 'A treaty\'s "status_history" is in date order and its last entry is the treaty\'s "status".',
  table: 'treaties',
  check(treaty, report) {
    const history = treaty.status_history ?? [];
    history.forEach((h, i) => {
      const before = history[i - 1];
      if (before && h.date < before.date)
        report(`/status_history/${i}/date`, `${h.date} is before the previous entry's date ${before.date}`, 'list status changes oldest first');
    });
    const last = history.at(-1);
    if (last && last.status !== treaty.status)
      report(
        `/status_history/${history.length - 1}/status`,
        `the last status change is to "${last.status}", but the treaty's status is "${treaty.status}"`,
        'make "status" the status of the latest change, or add the change that led to it',
      );
  },
});
