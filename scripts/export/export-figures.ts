import type { Output } from './output.js';
import { dateBounds } from '../validate/partial-date.js';
import { groupBy } from '../group-by.js';
import { compareEvents } from '../model/event-order.js';
import type { Clause, Event, Records, Treaty } from '../types/records.js';

/** Deterministic SVG figures drawn from the data: same data, same bytes; no fonts or randomness involved. */
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();

/** dist/figures/timeline.svg: every event from the 2024 summit on, on a time axis, treaty steps (the schema's x-groups "treaty-steps") in one colour. */
export function timelineSvg(events: readonly Event[], since: string, treatySteps: ReadonlySet<string>): string {
  const rows = events.filter((e) => e.date.value >= since).sort(compareEvents);
  const days = (d: string) => Date.parse(`${dateBounds(d)!.earliest}T00:00:00Z`) / 86_400_000;
  const start = rows.length ? days(rows[0]!.date.value) : 0;
  const end = rows.length ? Math.max(...rows.map((e) => days(dateBounds(e.date.value)!.latest))) : 1;
  const left = 470, width = 420, top = 40, rowH = 18;
  const x = (d: number) => left + ((d - start) / Math.max(1, end - start)) * width;
  const height = top + rows.length * rowH + 40;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${left + width + 30}" height="${height}" viewBox="0 0 ${left + width + 30} ${height}" font-family="sans-serif" font-size="11">`,
    `<title>Timeline of the events around the 2024 Russia–DPRK treaty</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">Events from ${esc(since.slice(0, 7))} on (treaty steps in blue, what followed in orange)</text>`,
  ];
  // Quarter ticks, labelled with year and month.
  const firstYear = Number(rows[0]?.date.value.slice(0, 4) ?? 2024);
  const lastYear = Number(rows.at(-1)?.date.value.slice(0, 4) ?? 2024);
  for (let y = firstYear; y <= lastYear + 1; y++) {
    for (const m of ['01', '04', '07', '10']) {
      const d = days(`${y}-${m}-01`);
      if (d < start || d > end) continue;
      parts.push(`<line x1="${r1(x(d))}" y1="${top - 8}" x2="${r1(x(d))}" y2="${height - 30}" stroke="${m === '01' ? '#999999' : '#dddddd'}"/>`, `<text x="${r1(x(d))}" y="${height - 15}" text-anchor="middle">${y}-${m}</text>`);
    }
  }
  rows.forEach((e, i) => {
    const y = top + i * rowH + rowH / 2;
    const b = dateBounds(e.date.value)!;
    const colour = treatySteps.has(e.type) && e.treaty === 'csp-2024' ? '#1f5fa8' : '#d9730d';
    const x0 = x(days(b.earliest));
    const x1 = x(days(b.latest));
    parts.push(`<text x="10" y="${r1(y + 4)}">${esc(e.date.value)}  ${esc(e.title.length > 62 ? `${e.title.slice(0, 61)}…` : e.title)}</text>`);
    parts.push(x1 - x0 > 3
      ? `<rect x="${r1(x0)}" y="${r1(y - 4)}" width="${r1(x1 - x0)}" height="8" fill="${colour}" opacity="0.6"/>`
      : `<circle cx="${r1(x0)}" cy="${r1(y)}" r="4" fill="${colour}"/>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** dist/figures/clause-topics.svg: which articles of each treaty carry each topic. */
export function topicMatrixSvg(treaties: readonly Treaty[], clauses: readonly Clause[], topics: readonly string[]): string {
  const cols = [...treaties].sort((a, b) => (a.signed.value > b.signed.value ? -1 : 1));
  const used = topics.filter((t) => clauses.some((c) => (c.topics as readonly string[]).includes(t)));
  const byTreaty = groupBy(clauses, (c) => c.treaty);
  const left = 210, colW = 150, top = 70, rowH = 20;
  const w = left + cols.length * colW + 10;
  const h = top + used.length * rowH + 20;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="sans-serif" font-size="11">`,
    `<title>Topics of the clauses of each treaty</title>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="10" y="20" font-size="14" font-weight="bold">Articles by topic (P = preamble); blank: no recorded clause</text>`,
  ];
  // Ids as headers: the titles are too long for a column, and the ids are what the CSVs join on.
  cols.forEach((t, j) => parts.push(`<text x="${left + j * colW + colW / 2}" y="${top - 12}" text-anchor="middle" font-weight="bold">${esc(t.id)}</text>`, `<text x="${left + j * colW + colW / 2}" y="${top - 2}" text-anchor="middle">signed ${esc(t.signed.value.slice(0, 4))}</text>`));
  used.forEach((topic, i) => {
    const y = top + i * rowH;
    parts.push(`<text x="10" y="${y + 14}">${esc(topic)}</text>`);
    cols.forEach((t, j) => {
      const arts = (byTreaty.get(t.id) ?? []).filter((c) => (c.topics as readonly string[]).includes(topic)).map((c) => (c.kind === 'preamble' ? 'P' : String(c.article))).sort((a, b) => (a === 'P' ? -1 : b === 'P' ? 1 : Number(a) - Number(b)));
      const fill = arts.length === 0 ? '#f4f4f4' : arts.length === 1 ? '#9ecae1' : '#4292c6';
      parts.push(`<rect x="${left + j * colW + 2}" y="${y + 2}" width="${colW - 4}" height="${rowH - 4}" fill="${fill}"/>`);
      if (arts.length) parts.push(`<text x="${left + j * colW + colW / 2}" y="${y + 14}" text-anchor="middle">${esc(arts.join(', '))}</text>`);
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

export function exportFigures(out: Output, records: Pick<Records, 'events' | 'treaties' | 'clauses'>, topics: readonly string[], treatySteps: ReadonlySet<string>): void {
  const treaties = records.treaties.map((r) => r.data);
  const csp = treaties.find((t) => t.id === 'csp-2024');
  out.set('figures/timeline.svg', timelineSvg(records.events.map((r) => r.data), csp ? csp.signed.value.slice(0, 7) : '2024-06', treatySteps));
  out.set('figures/clause-topics.svg', topicMatrixSvg(treaties, records.clauses.map((r) => r.data), topics));
}
