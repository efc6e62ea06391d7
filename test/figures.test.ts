import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timelineSvg, topicMatrixSvg } from '../scripts/export/export-figures.js';
import { readSchemas } from '../scripts/load/read-schemas.js';
import { ROOT, readJson } from './support/project.js';

/** The figures are drawn from the data: they are well-formed SVG and change when the data does. */
const t = readJson(join(ROOT, 'dist', 'json', 'dataset.json')).tables;
const steps = readSchemas(join(ROOT, 'schema')).groups.get('treaty-steps')!;

describe('figures', () => {
  for (const name of ['timeline.svg', 'clause-topics.svg']) {
    it(`${name} is a complete SVG with no undefined or NaN coordinates`, () => {
      const svg = readFileSync(join(ROOT, 'dist', 'figures', name), 'utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
      expect(svg).not.toMatch(/NaN|undefined|Infinity/);
      expect((svg.match(/<text\b/g) ?? []).length).toBe((svg.match(/<\/text>/g) ?? []).length);
    });
  }

  it('the timeline shows every event from the signing on, and moves when a date changes', () => {
    const before = timelineSvg(t.events, '2024-06', steps);
    for (const e of t.events.filter((x: any) => x.date.value >= '2024-06')) expect(before).toContain(e.date.value);
    const moved = t.events.map((e: any) => (e.id === 'csp-2024-ru-law-signed' ? { ...e, date: { ...e.date, value: '2024-11-20' } } : e));
    expect(timelineSvg(moved, '2024-06', steps)).not.toBe(before);
  });

  it('the topic matrix changes when a clause gains a topic', () => {
    const topics = ['mutual-defence', 'health'];
    const before = topicMatrixSvg(t.treaties, t.clauses, topics);
    const changed = t.clauses.map((c: any) => (c.id === 'csp-2024-art-04' ? { ...c, topics: [...c.topics, 'health'] } : c));
    expect(topicMatrixSvg(t.treaties, changed, topics)).not.toBe(before);
  });
});
