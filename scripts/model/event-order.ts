import { dateBounds } from '../validate/partial-date.js';

/** What ordering an event needs: its date, its position within the day where known, and its id. */
export interface OrderedEvent {
  id: string;
  date: { value: string };
  order_in_day?: number;
}

/**
 * The one order of events used by every export and figure: the earliest day the event's date can
 * mean (a month sorts at its first day), then `order_in_day` (events without it after those with it),
 * then id. Same data, same order, whatever order the records come in.
 */
export function compareEvents(a: OrderedEvent, b: OrderedEvent): number {
  const da = dateBounds(a.date.value)?.earliest ?? a.date.value;
  const db = dateBounds(b.date.value)?.earliest ?? b.date.value;
  if (da !== db) return da < db ? -1 : 1;
  const oa = a.order_in_day ?? Number.POSITIVE_INFINITY;
  const ob = b.order_in_day ?? Number.POSITIVE_INFINITY;
  if (oa !== ob) return oa < ob ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A copy of events in the order they happened (compareEvents). */
export const inEventOrder = <T extends OrderedEvent>(events: readonly T[]): T[] => [...events].sort(compareEvents);
