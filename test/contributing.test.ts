import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalFormProblems } from '../scripts/check/canonical-form.js';
import { formatProblem } from '../scripts/problem.js';
import { ROOT } from './support/project.js';
import { problemsAfter, realSchemas } from './support/rules.js';

/**
 * The curators' guides as a newcomer follows them: the worked examples of CONTRIBUTING.md are the real
 * records, the problems they show are what the check prints, and every path the guides name exists.
 */
const guide = readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8');
/** The fenced code blocks of the guide in a language ('' for a plain block), in order. */
const blocks = (lang: string): string[] => {
  const found: string[] = [];
  let open: { lang: string; lines: string[] } | undefined;
  for (const line of guide.split('\n')) {
    if (!line.startsWith('```')) open?.lines.push(line);
    else if (open) {
      if (open.lang === lang) found.push(open.lines.join('\n'));
      open = undefined;
    } else open = { lang: line.slice(3).trim(), lines: [] };
  }
  return found;
};
const recordFile = (id: string) =>
  ['claims', 'clauses', 'codings', 'events', 'parties', 'sources', 'treaties'].map((t) => `data/${t}/${id}.json`).find((f) => existsSync(join(ROOT, f)));

describe('CONTRIBUTING.md', () => {
  it('shows whole records exactly as they are in data/ (worked example 1)', () => {
    const records = blocks('json').filter((b) => b.trimStart().startsWith('{'));
    expect(records.length).toBeGreaterThanOrEqual(2);
    for (const text of records) {
      const shown = JSON.parse(text);
      const file = recordFile(shown.id);
      expect(file, shown.id).toBeDefined();
      expect(shown, `${file} changed: make CONTRIBUTING.md's worked example show it as it is`).toEqual(JSON.parse(readFileSync(join(ROOT, file!), 'utf8')));
    }
  });

  it('cites only sources that exist, with quotes that data/ holds verbatim', () => {
    const json = blocks('json').join('\n');
    const ids = [...json.matchAll(/"source": "([^"]+)"/g)].map((m) => m[1]!);
    expect(ids.filter((id) => !existsSync(join(ROOT, 'data', 'sources', `${id}.json`)))).toEqual([]);
    const quotes = new Set<string>();
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === 'quote' ? quotes.add(x as string) : collect(x);
    };
    for (const f of readdirSync(join(ROOT, 'data', 'events'))) collect(JSON.parse(readFileSync(join(ROOT, 'data', 'events', f), 'utf8')));
    const shown = [...json.matchAll(/"quote": ("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((q) => !quotes.has(q))).toEqual([]);
  });

  it('prints the problems the check reports for the mistakes it shows', () => {
    const typo = problemsAfter((record) => {
      record('data/events/shoigu-pyongyang-visit-2025-06-04.json').participants[0].party = 'sergei-shoygu';
    });
    const before = JSON.parse(`{${blocks('json').find((b) => b.includes('"value": "2024-11-10"') && !b.includes('alternatives'))!}}`).date;
    const oneSource = problemsAfter((record) => {
      record('data/events/csp-2024-ru-law-signed.json').date = before;
    });
    // The event of worked example 1 saved as the guide writes it, a citation on one line.
    const event = blocks('json').find((b) => b.includes('"id": "shoigu-pyongyang-visit-2025-06-04"'))!;
    const file = 'data/events/shoigu-pyongyang-visit-2025-06-04.json';
    const asWritten = canonicalFormProblems(ROOT, realSchemas, [
      { table: 'events', file, stem: 'shoigu-pyongyang-visit-2025-06-04', data: JSON.parse(event), fileText: `${event}\n` },
    ]);
    const shown = blocks('').map((b) => b.trimEnd());
    expect(asWritten).toHaveLength(1);
    expect(shown).toContain(asWritten.map(formatProblem).join('\n'));
    expect(shown).toContain(typo.map(formatProblem).join('\n'));
    expect(shown).toContain(oneSource.map(formatProblem).join('\n'));
  });
});

describe('the curators guides', () => {
  it('name only paths that exist', () => {
    const deliberatelyWrong = new Set(['data/event/']);
    for (const doc of ['CONTRIBUTING.md', 'docs/CURATION.md']) {
      const text = readFileSync(join(ROOT, doc), 'utf8');
      const paths = [...text.matchAll(/`((?:data|docs|scripts|schema|test|releases|notes)\/[^`<>*\s]*)`/g)].map((m) => m[1]!);
      expect(
        paths.filter((p) => !deliberatelyWrong.has(p) && !existsSync(join(ROOT, p))),
        doc,
      ).toEqual([]);
    }
  });
});
