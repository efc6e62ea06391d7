import { dateBounds, dayNumber as days } from '../../validate/partial-date.js';
import { inEventOrder } from '../../model/event-order.js';
import { monthName } from '../../month-names.js';
import { captionLines, esc, multiline, r1, wrapText, type FigureSource } from './svg-text.js';

import type { Event } from '../../types/records.js';

const STEP = '#1f5fa8';
const OTHER = '#d9730d';

// Layout, in pixels. At font size 11 a sans-serif glyph averages about 6 px.
const W = 1000,
  PAD = 12,
  DATE_W = 78,
  LABEL_W = 340,
  CHAR = 6.1,
  LINE = 13;
const LEFT = PAD + DATE_W + LABEL_W + 14,
  RIGHT = W - PAD - 10;

/**
 * dist/figures/timeline.svg: every event from `since` on, one row each in the order they happened
 * (same-day events by order_in_day), with its date and full title, wrapped; a dot for a day, a bar
 * for a month or a span of days; the 2024 treaty's own steps (the schema's x-groups "treaty-steps")
 * in blue, the rest in orange; a legend
 * for both and a caption with source, version and licence.
 */
export function timelineSvg(events: readonly Event[], since: string, treatySteps: ReadonlySet<string>, source: FigureSource): string {
  // An event is in the figure when any day it can mean falls on or after since's first day: compared as
  // strings, an event dated "2024" sorted before "2024-06" and was left out of a figure that starts then.
  const sinceBounds = dateBounds(since);
  const firstDay = sinceBounds?.earliest ?? since;
  const rows = inEventOrder(events.filter((e) => (dateBounds(e.end_date?.value ?? e.date.value)?.latest ?? e.date.value) >= firstDay));
  const span = (e: Event) => ({ from: days(dateBounds(e.date.value)!.earliest), to: days(dateBounds(e.end_date?.value ?? e.date.value)!.latest) });
  const start = rows.length ? Math.min(...rows.map((e) => span(e).from)) : 0;
  const end = rows.length ? Math.max(...rows.map((e) => span(e).to)) + 1 : 1;
  const x = (d: number) => LEFT + ((d - start) / Math.max(1, end - start)) * (RIGHT - LEFT);
  // The span the rows cover, from the first day the earliest can mean to the last day the latest can
  // (a date known to the year only ends the span in December); the dates' own months, not a slice of them.
  const month = (iso: string) => `${monthName(Number(iso.slice(5, 7)), 'short')} ${iso.slice(0, 4)}`;
  const dayIso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const title = `Events around the 2024 Russia–DPRK treaty, ${
    rows.length ? `${month(dayIso(start))} to ${month(dayIso(end - 1))}` : sinceBounds ? month(firstDay) : since
  }`;

  const stripes: string[] = [];
  const body: string[] = [];
  const legendY = 46;
  const legend = [
    `<circle cx="${PAD + 6}" cy="${legendY - 4}" r="5" fill="${STEP}"/>`,
    `<text x="${PAD + 16}" y="${legendY}">a step of the 2024 treaty: signing, publication, ratification, entry into force</text>`,
    `<circle cx="${PAD + 486}" cy="${legendY - 4}" r="5" fill="${OTHER}"/>`,
    `<text x="${PAD + 496}" y="${legendY}">what followed: visits, statements, deployments, anniversaries</text>`,
    `<circle cx="${PAD + 6}" cy="${legendY + 14}" r="4" fill="#555555"/>`,
    `<text x="${PAD + 16}" y="${legendY + 18}">dot: dated to the day</text>`,
    `<rect x="${PAD + 150}" y="${legendY + 10}" width="26" height="8" fill="#555555" opacity="0.6"/>`,
    `<text x="${PAD + 182}" y="${legendY + 18}">bar: dated to the month only (the bar spans the month), or lasting several days</text>`,
  ];
  let y = legendY + 48;
  const top = y;
  rows.forEach((e, i) => {
    const lines = wrapText(e.title, Math.floor(LABEL_W / CHAR));
    const h = lines.length * LINE + 6;
    if (i % 2 === 0) stripes.push(`<rect x="${PAD}" y="${r1(y)}" width="${W - 2 * PAD}" height="${h}" fill="#f4f4f4"/>`);
    const base = y + 3 + LINE - 3;
    body.push(`<text x="${PAD}" y="${r1(base)}">${esc(e.date.value)}</text>`);
    body.push(multiline(PAD + DATE_W, base, lines, LINE));
    const colour = treatySteps.has(e.type) && e.treaty === 'csp-2024' ? STEP : OTHER;
    const { from, to } = span(e);
    const mid = y + h / 2;
    body.push(
      to - from >= 1
        ? `<rect x="${r1(x(from))}" y="${r1(mid - 4)}" width="${r1(Math.max(3, x(to + 1) - x(from)))}" height="8" fill="${colour}" opacity="0.6"/>`
        : `<circle cx="${r1(x(from + 0.5))}" cy="${r1(mid)}" r="4" fill="${colour}"/>`,
    );
    y += h;
  });
  const bottom = y;
  // Month grid: a line at the first of each month, labelled every quarter; January darker.
  const grid: string[] = [];
  const from = new Date(start * 86_400_000);
  for (let yr = from.getUTCFullYear(), m = from.getUTCMonth(); ; m++) {
    if (m === 12) {
      m = 0;
      yr++;
    }
    const d = days(`${String(yr).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`);
    if (d > end) break;
    if (d < start) continue;
    grid.push(`<line x1="${r1(x(d))}" y1="${top - 4}" x2="${r1(x(d))}" y2="${bottom + 4}" stroke="${m === 0 ? '#888888' : '#d0d0d0'}"/>`);
    // Labelled above and below: the figure is taller than a screen.
    if (m % 3 === 0)
      grid.push(...[top - 8, bottom + 18].map((ly) => `<text x="${r1(x(d))}" y="${ly}" text-anchor="middle">${monthName(m + 1, 'short')} ${yr}</text>`));
  }
  const caption = captionLines(
    source,
    `${rows.length} events, table events, in the order they happened (same-day events by order_in_day); dates are local where the act took place.`,
    Math.floor((W - 2 * PAD) / CHAR),
  );
  const height = bottom + 34 + caption.length * LINE + 8;
  return `${[
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${r1(height)}" viewBox="0 0 ${W} ${r1(height)}" font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-size="11" fill="#111111">`,
    `<title>${esc(title)}</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="24" font-size="15" font-weight="bold">${esc(title)}</text>`,
    ...legend,
    ...stripes,
    ...grid,
    ...body,
    multiline(PAD, bottom + 40, caption, LINE, 'fill="#444444"'),
    '</svg>',
  ].join('\n')}\n`;
}
