import { certainlyAfter, TIME_ZONE_DAYS } from '../../validate/partial-date.js';
import { recordRule } from '../rule.js';

/**
 * An event is not announced before it happened, and does not end before it starts (partial dates
 * compare by their bounds). The announcement may be dated where it was made, in another time zone
 * than the act, so it may carry the day before the act's date; an end is dated where the event is.
 */
export default recordRule({
  name: 'event-dates-in-order',
  description:
    "An event is not announced before its date (by more than the one day that time zones can put between the act's local date and the announcement's), and does not end before it starts.",
  table: 'events',
  check(event, report) {
    const date = event.date.value;
    if (event.announced && certainlyAfter(date, event.announced.value, TIME_ZONE_DAYS)) {
      report(
        '/announced/value',
        `announced ${event.announced.value}, before the event's date ${date}`,
        'check both dates against their sources; an announcement dated before the event is usually the wrong year or month',
      );
    }
    if (event.end_date && certainlyAfter(date, event.end_date.value)) {
      report('/end_date/value', `ends ${event.end_date.value}, before it starts (${date})`, 'check both dates against their sources');
    }
  },
});
