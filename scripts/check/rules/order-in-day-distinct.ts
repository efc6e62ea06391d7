import { dateBounds } from '../../validate/partial-date.js';
import { datasetRule } from '../rule.js';

interface OrderFact {
  id: string;
  date: string;
  order: number;
}

/**
 * `order_in_day` orders events that happened on the same day (see model/event-order.ts): it is given
 * only on a date with day precision, and no two events of one day share a position.
 */
export default datasetRule<OrderFact>({
  name: 'order-in-day-distinct',
  description: 'An event\'s "order_in_day" is set only on a day-precision date, and no two events of the same day share one.',
  collect: {
    events: (e) => (e.order_in_day === undefined ? undefined : { id: e.id, date: e.date.value, order: e.order_in_day }),
  },
  judge(facts, report) {
    const taken = new Map<string, string>();
    for (const at of facts) {
      const { id, date, order } = at.fact;
      if (dateBounds(date)?.precision !== 'day') {
        report(
          at,
          '/order_in_day',
          `order_in_day ${order} on a date of ${dateBounds(date)?.precision ?? 'unknown'} precision (${date}): it orders events within one day`,
          'remove order_in_day, or give the date to the day if a source does',
        );
        continue;
      }
      const key = `${date}#${order}`;
      const other = taken.get(key);
      if (other)
        report(
          at,
          '/order_in_day',
          `order_in_day ${order} on ${date} is also given to ${other}`,
          'number the events of the day 1, 2, 3 ... in the order they happened',
        );
      else taken.set(key, id);
    }
  },
});
