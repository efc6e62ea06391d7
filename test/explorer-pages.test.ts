import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, siteFiles } from '../scripts/site/build-site.js';
import { readSiteData } from '../scripts/site/site-data.js';
import { formatDate } from '../scripts/site/format-text.js';
import { articleCount, articlesInOrder } from '../scripts/site/render-treaty.js';
import { recordPath } from '../scripts/site/site-paths.js';
import { ROOT } from './support/project.js';

const data = readSiteData(ROOT);
const files = siteFiles(data);
const pages = [...files].filter(([path]) => path.endsWith('.html'));

/** href and src values of a page, and the ids it defines. */
const hrefs = (text: string): string[] => [...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
const ids = (text: string): Set<string> => new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));

describe('the explorer as files', () => {
  it('is the same bytes every time it is built', () => {
    const again = buildSite(ROOT);
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, text] of again) expect(text, path).toBe(files.get(path));
  });

  it('has a page for every record of every table, at <table>/<id>.html, and a page per table', () => {
    for (const t of data.schemas.tables) {
      expect(files.has(`${t.table}/index.html`)).toBe(true);
      for (const r of data.tables.get(t.table)!) expect(files.has(recordPath(t.table, r.id)), r.id).toBe(true);
    }
  });

  it('links only to its own files (each link names a file, never a folder) and to anchors that exist', () => {
    const pageIds = new Map(pages.map(([path, text]) => [path, ids(text)]));
    for (const [path, text] of pages) {
      for (const href of hrefs(text)) {
        if (/^https?:\/\//.test(href)) continue; // a source's address: a link out, never loaded
        const [target = '', fragment] = href.split('#');
        const file = target === '' ? path : posix.normalize(posix.join(posix.dirname(path), target.split('?')[0]!));
        expect(files.has(file), `${path} -> ${href}`).toBe(true);
        if (fragment && file.endsWith('.html')) expect(pageIds.get(file)!.has(fragment), `${path} -> ${href}`).toBe(true);
      }
    }
  });

  it('loads nothing from outside the site: no remote script, style, image or font', () => {
    for (const [path, text] of files) {
      expect(text, path).not.toMatch(/<(?:script|img|link|iframe|source)\b[^>]*\s(?:src|href)="(?:https?:)?\/\//);
      expect(text, path).not.toMatch(/@import|url\(\s*['"]?(?:https?:)?\/\//);
      expect(text, path).not.toMatch(/\bfetch\(|XMLHttpRequest|type="module"/);
    }
  });

  it('shows every field a record has, each labelled, with a Korean or Russian title marked with its language', () => {
    for (const t of data.schemas.tables) {
      for (const r of data.tables.get(t.table)!) {
        const page = files.get(recordPath(t.table, r.id))!;
        for (const key of Object.keys(r)) if (key !== 'id') expect(page, `${r.id}.${key}`).toContain(`data-field="${key}"`);
      }
    }
    const treaty = files.get('treaties/csp-2024.html')!;
    expect(treaty).toMatch(/<dd><span lang="ru">Договор/);
    expect(treaty).toMatch(/<dd><span lang="ko">조선/);
  });

  it('shows enum values with their meaning from the schema', () => {
    const page = files.get('events/csp-2024-signing.html')!;
    const meaning = data.schemas.tables.find((t) => t.table === 'events')!.schema.properties.type['x-enum-descriptions'].signing;
    expect(page).toContain(`<span class="code">signing</span> <span class="meaning">${meaning}</span>`);
  });

  it('escapes whatever the data holds', () => {
    const hostile = '<script>alert("x")</script> & \'quoted\'';
    const copy = { ...data, tables: new Map(data.tables), records: new Map(data.records) };
    const events = copy.tables.get('events')!.map((e) => (e.id === 'csp-2024-signing' ? { ...e, title: hostile, summary: hostile } : e));
    copy.tables.set('events', events);
    copy.records.set('events', new Map(events.map((e) => [e.id, e])));
    const out = siteFiles(copy);
    const page = out.get('events/csp-2024-signing.html')!;
    expect(page).not.toContain('<script>alert');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;');
    expect(out.get('assets/search-index.js')).not.toContain('</script>');
  });

  it("shows a treaty's articles in order with the numbers not recorded as gaps", () => {
    const clause = (article?: number) => ({ id: `t-${article ?? 'preamble'}`, kind: article ? 'article' : 'preamble', ...(article ? { article } : {}) });
    const order = (count?: number) =>
      articlesInOrder([clause(4), clause(), clause(1), clause(2)], count).map((e) => ('gap' in e ? e.gap.join('-') : e.clause.id));
    expect(order(6)).toEqual(['t-preamble', 't-1', 't-2', '3-3', 't-4', '5-6']);
    expect(order(undefined)).toEqual(['t-preamble', 't-1', 't-2', '3-3', 't-4']);
    const treaty = files.get('treaties/csp-2024.html')!;
    const count = articleCount(data.records.get('treaties')!.get('csp-2024')!)!;
    const recorded = new Set(
      data.tables
        .get('clauses')!
        .filter((c) => c.treaty === 'csp-2024' && typeof c.article === 'number')
        .map((c) => c.article as number),
    );
    const articles = [...treaty.matchAll(/<li class="article" id="[^"]*"><h3><a [^>]*>(Preamble|Article \d+)<\/a>/g)].map((m) => m[1]);
    expect(articles).toEqual(['Preamble', ...[...recorded].sort((a, b) => a - b).map((n) => `Article ${n}`)]);
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((n) => !recorded.has(n));
    const gaps = [...treaty.matchAll(/<li class="gap"><p><strong>Articles? (\d+)(?:–(\d+))?<\/strong>/g)].flatMap((m) => {
      const [a, b] = [Number(m[1]), Number(m[2] ?? m[1])];
      return Array.from({ length: b - a + 1 }, (_, i) => a + i);
    });
    expect(gaps).toEqual(missing);
  });

  it("lists backlinks: a person's page links to the events they took part in", () => {
    const page = files.get('parties/vladimir-putin.html')!;
    const links = page.slice(page.indexOf('Records that refer to this one'));
    for (const e of data.tables.get('events')!) {
      if ((e.participants as { party: string }[] | undefined)?.some((p) => p.party === 'vladimir-putin'))
        expect(links, e.id).toContain(`href="../events/${e.id}.html"`);
    }
  });

  it('gives a citation of each record with the version and the record id', () => {
    const page = files.get('events/csp-2024-ru-law-signed.html')!;
    expect(page).toContain(`(Version ${data.meta.version}) [Data set], record <code>csp-2024-ru-law-signed</code>`);
    const bibtex = page.slice(page.indexOf('@misc{'));
    expect(bibtex).toMatch(/^@misc\{dprkrussiatreaty\w*-csp-2024-ru-law-signed,/);
    expect(bibtex).toContain(`version      = {${data.meta.version}},`);
    expect(bibtex).toMatch(/^[\s\S]*?record csp-2024-ru-law-signed/);
  });
});

describe('dates in the explorer', () => {
  it('are written with the precision known, by the one partial-date grammar: a day that does not exist is shown as written', () => {
    expect(['2024-06-19', '2024-06', '2024', '0050-02-10', '2024-02-30', '2024-13'].map(formatDate)).toEqual([
      '19 June 2024',
      'June 2024',
      '2024',
      '10 February 0050',
      '2024-02-30',
      '2024-13',
    ]);
  });
});
