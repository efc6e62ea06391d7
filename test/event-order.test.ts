import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { compareEvents, inEventOrder } from '../scripts/model/event-order.js';
import { timelineSvg } from '../scripts/export/export-figures.js';
import { ROOT, readJson } from './support/project.js';

/** One order of events, by date, then order_in_day, then id, used by every export and figure. */
const ev = (id: string, date: string, order_in_day?: number) => ({ id, date: { value: date }, ...(order_in_day === undefined ? {} : { order_in_day }) });

describe('event order', () => {
  it('sorts by the earliest day of the date, then order_in_day (absent last), then id', () => {
    const events = [
      ev('z-no-order', '2024-12-04'),
      ev('b-second', '2024-12-04', 2),
      ev('a-third', '2024-12-04', 3),
      ev('y-first', '2024-12-04', 1),
      ev('month', '2024-12'),
      ev('earlier', '2024-11-30'),
    ];
    expect(inEventOrder(events).map((e) => e.id)).toEqual(['earlier', 'month', 'y-first', 'b-second', 'a-third', 'z-no-order']);
    expect(compareEvents(ev('a', '2024-12-04', 1), ev('a', '2024-12-04', 1))).toBe(0);
  });

  it('does not depend on the order the records come in', () => {
    const events = [ev('c', '2025-04-28'), ev('a', '2025-04-28', 2), ev('b', '2025-04-28', 1), ev('d', '2025')];
    expect(inEventOrder(events)).toEqual(inEventOrder([...events].reverse()));
  });

  it('events.csv and events.json list the events in that order, and the exchange of instruments precedes the entry into force', () => {
    const json = readJson(join(ROOT, 'dist', 'json', 'events.json')) as { id: string; date: { value: string }; order_in_day?: number }[];
    expect(json.map((e) => e.id)).toEqual(inEventOrder(json).map((e) => e.id));
    const rows = parse(readFileSync(join(ROOT, 'dist', 'csv', 'events.csv')), { columns: true }) as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(json.map((e) => e.id));
    const at = (id: string) => rows.findIndex((r) => r.id === id);
    expect(at('csp-2024-exchange-of-instruments')).toBeLessThan(at('csp-2024-entry-into-force'));
    expect(at('csp-2024-entry-into-force')).toBeLessThan(at('ru-kp-friendship-2000-termination'));
  });

  it('the timeline draws same-day events in that order', () => {
    const events = [
      { ...ev('x-entry', '2024-12-04', 2), type: 'entry-into-force', title: 'Entry into force' },
      { ...ev('y-exchange', '2024-12-04', 1), type: 'exchange-of-instruments', title: 'Exchange of instruments' },
    ];
    const svg = timelineSvg(events as never, '2024-06', new Set(['entry-into-force', 'exchange-of-instruments']), { name: 'test', version: '0', licenses: [] });
    expect(svg.indexOf('Exchange of instruments')).toBeLessThan(svg.indexOf('Entry into force'));
  });
});
