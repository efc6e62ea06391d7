import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { timelineSvg, topicMatrixSvg } from '../scripts/export/export-figures.js';
import { topicLabel } from '../scripts/export/figures/clause-topics.js';
import { readSchemas } from '../scripts/load/read-schemas.js';
import { ROOT, readJson } from './support/project.js';

/**
 * The figures are drawn from the data: well-formed SVG that renders (resvg, to PNG in the system's
 * temporary folder, for a person to look at), with every label whole, a legend and a caption, and
 * that changes when the data does.
 */
const t = readJson(join(ROOT, 'dist', 'json', 'dataset.json')).tables;
const schemas = readSchemas(join(ROOT, 'schema'));
const steps = schemas.groups.get('treaty-steps')!;
const pkg = readJson(join(ROOT, 'package.json'));
const version = pkg.version;
const source = { name: 'dprk-russia-treaty', version, licenses: pkg.dataset.licenses };
const vocabulary = { codes: ['mutual-defence', 'health'], descriptions: {} };
const svgOf = (name: string) => readFileSync(join(ROOT, 'dist', 'figures', name), 'utf8');
/** Every line of text drawn, tspans joined as the reader reads them. */
const texts = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<title>[\s\S]*?<\/title>/g, '')
      .replace(/<tspan[^>]*>/g, ' ')
      .replace(/<\/tspan>/g, '')
      .trim()
      .replace(/\s+/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>'),
  );

describe('figures', () => {
  for (const name of ['timeline.svg', 'clause-topics.svg']) {
    it(`${name} is complete SVG that renders to PNG, with a caption giving source, version and licence`, () => {
      const svg = svgOf(name);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
      expect(svg).not.toMatch(/NaN|undefined|Infinity|…/);
      expect((svg.match(/<text\b/g) ?? []).length).toBe((svg.match(/<\/text>/g) ?? []).length);
      // The licences as package.json words them (texts() joins the caption's wrapped lines with spaces).
      const caption = `Source: dprk-russia-treaty ${version} (${pkg.dataset.licenses.map((l: { title: string }) => l.title).join('; ')}; cite as in its CITATION.cff)`;
      expect(texts(svg).join(' ')).toContain(caption);
      const png = new Resvg(svg, { font: { loadSystemFonts: true }, fitTo: { mode: 'zoom', value: 2 } }).render();
      expect(png.width).toBeGreaterThan(1000);
      const dir = join(tmpdir(), 'dprk-figures');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, name.replace('.svg', '.png')), png.asPng());
    });
  }

  it("the timeline writes every event's full title and date, with a legend for both colours and both marks", () => {
    const svg = svgOf('timeline.svg');
    const all = texts(svg).join(' ');
    for (const e of t.events.filter((x: any) => x.date.value >= '2024-06')) {
      expect(all, e.id).toContain(e.title.replace(/\s+/g, ' '));
      expect(all, e.id).toContain(e.date.value);
    }
    for (const legend of ['a step of the 2024 treaty', 'what followed', 'dot: dated to the day', 'bar: dated to the month only']) expect(all).toContain(legend);
  });

  it('the timeline labels its months in the right year for any year, 0-99 too (Date.UTC would read 50 as 1950)', () => {
    const at = (id: string, value: string) => ({ ...t.events[0], id, date: { ...t.events[0].date, value }, end_date: undefined, order_in_day: undefined });
    const early = [at('x-early', '0050-02-10'), at('x-later', '0050-09-01')];
    const all = texts(timelineSvg(early, '0001', steps, source)).join(' ');
    expect(all).toContain('0050-02-10');
    expect(all).toMatch(/\bApr 50\b/);
    expect(all).toMatch(/\bJul 50\b/);
    expect(all).not.toContain('1950');
  });

  it('the timeline titles its span whatever the precision of its first and last dates (a year alone gave "undefined 2027")', () => {
    const at = (id: string, value: string) => ({ ...t.events[0], id, date: { ...t.events[0].date, value }, end_date: undefined, order_in_day: undefined });
    const svg = timelineSvg([at('x-month', '2024-06'), at('x-day', '2025-03-01'), at('x-year', '2027')], '2024-06', steps, source);
    expect(svg).not.toMatch(/undefined|NaN/);
    expect(texts(svg)[0]).toBe('Events around the 2024 Russia–DPRK treaty, Jun 2024 to Dec 2027');
  });

  it('the timeline keeps an event whose date, of any precision, can fall on or after its first month, and leaves out one that cannot', () => {
    const at = (id: string, value: string) => ({
      ...t.events[0],
      id,
      title: id,
      date: { ...t.events[0].date, value },
      end_date: undefined,
      order_in_day: undefined,
    });
    const svg = timelineSvg([at('in-year', '2024'), at('in-month', '2024-06'), at('out-day', '2024-05-31'), at('out-year', '2023')], '2024-06', steps, source);
    const shown = texts(svg).join(' ');
    expect(shown).toContain('in-year');
    expect(shown).toContain('in-month');
    expect(shown).not.toContain('out-day');
    expect(shown).not.toContain('out-year');
  });

  it('the timeline moves when a date changes', () => {
    const before = timelineSvg(t.events, '2024-06', steps, source);
    const moved = t.events.map((e: any) => (e.id === 'csp-2024-ru-law-signed' ? { ...e, date: { ...e.date, value: '2024-11-20' } } : e));
    expect(timelineSvg(moved, '2024-06', steps, source)).not.toBe(before);
  });

  it('the topic matrix names treaties by short title and topics in words, with a legend for every shade', () => {
    const all = texts(svgOf('clause-topics.svg')).join(' ');
    for (const tr of t.treaties) expect(all).toContain(tr.short_title.split(' ').slice(0, 2).join(' '));
    expect(all).not.toContain('csp-2024');
    expect(all).toContain(topicLabel('sovereignty-and-non-interference'));
    expect(topicLabel('sovereignty-and-non-interference')).toBe('Sovereignty and non-interference');
    for (const legend of ['one article', 'two or more articles', 'none recorded', 'not in the treaty']) expect(all).toContain(legend);
  });

  it('tells "not recorded" from "not in the treaty": only a treaty with every article recorded has plain empty cells', () => {
    const a = { id: 'a', short_title: 'A Treaty', signed: { value: '2001-01-01' }, article_count: { value: 1 } };
    const b = { id: 'b', short_title: 'B Treaty', signed: { value: '2000-01-01' } };
    const clauses = [
      { id: 'a-art-01', treaty: 'a', kind: 'article', article: 1, topics: ['mutual-defence'] },
      { id: 'b-art-01', treaty: 'b', kind: 'article', article: 1, topics: ['health'] },
    ];
    const cells = (svg: string) => [...svg.matchAll(/<rect x="\d+" y="\d+" width="174" height="18" fill="([^"]+)"/g)].map((m) => m[1]);
    // Rows mutual defence, health; columns A (every article recorded), B (its total unknown).
    expect(cells(topicMatrixSvg([a, b] as never, clauses as never, vocabulary, source))).toEqual(['#c6dbef', 'url(#not-recorded)', '#d9d9d9', '#c6dbef']);
    // A with a second article not recorded: its empty cell is "not recorded" too.
    expect(cells(topicMatrixSvg([{ ...a, article_count: { value: 2 } }, b] as never, clauses as never, vocabulary, source))).toEqual([
      '#c6dbef',
      'url(#not-recorded)',
      'url(#not-recorded)',
      '#c6dbef',
    ]);
  });

  it('the topic matrix changes when a clause gains a topic', () => {
    const before = topicMatrixSvg(t.treaties, t.clauses, vocabulary, source);
    const changed = t.clauses.map((c: any) => (c.id === 'csp-2024-art-04' ? { ...c, topics: [...c.topics, 'health'] } : c));
    expect(topicMatrixSvg(t.treaties, changed, vocabulary, source)).not.toBe(before);
  });
});
