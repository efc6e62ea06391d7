import { html, type Html } from './html.js';
import { renderFields, type RenderContext } from './render-value.js';
import { tableSchema, type SiteRecord } from './site-data.js';
import { CLAUSE_LABEL_FIELDS } from './record-label.js';
import { fieldsOf, kindOf } from './schema-fields.js';
import { recordPath } from './site-paths.js';

/** One entry of a treaty's articles in order: a recorded clause, or a run of article numbers not recorded. */
export type ArticleEntry = { clause: SiteRecord } | { gap: [number, number] };

/**
 * The treaty's clauses in order: the preamble, then articles by number, with every number not
 * recorded shown as a gap, up to the treaty's article count (or, without one, between recorded articles).
 */
export function articlesInOrder(clauses: SiteRecord[], articleCount: number | undefined): ArticleEntry[] {
  const num = (c: SiteRecord): number => (typeof c.article === 'number' ? c.article : 0);
  const sorted = [...clauses].sort((a, b) => num(a) - num(b) || (a.id < b.id ? -1 : 1));
  const entries: ArticleEntry[] = [];
  let next = 1;
  for (const clause of sorted) {
    const n = num(clause);
    if (n > next) entries.push({ gap: [next, n - 1] });
    entries.push({ clause });
    if (n >= next) next = n + 1;
  }
  if (articleCount !== undefined && articleCount >= next) entries.push({ gap: [next, articleCount] });
  return entries;
}

/** The treaty's number of articles as sources state it (a sourced value), or undefined when no source does. */
export function articleCount(treaty: SiteRecord): number | undefined {
  const count = treaty.article_count as { value?: unknown } | number | undefined;
  const value = typeof count === 'object' ? count.value : count;
  return typeof value === 'number' ? value : undefined;
}

const gapText = ([a, b]: [number, number]): string => (a === b ? `Article ${a}` : `Articles ${a}–${b}`);

/** The treaty page's articles: each clause's own fields (summary, topics, obligation, quotes ...) in order. */
export function renderArticles(ctx: RenderContext, treaty: SiteRecord, clauses: SiteRecord[]): Html {
  const count = articleCount(treaty);
  const clauseSchema = tableSchema(ctx.data, 'clauses');
  // The heading names the clause and links to its page, which has its id and its sources.
  const citations = fieldsOf(ctx.data.schemas, clauseSchema.schema, clauseSchema.file)
    .filter((f) => kindOf(f.schema) === 'citations')
    .map((f) => f.key);
  const shownElsewhere = new Set(['id', ...CLAUSE_LABEL_FIELDS, ...citations]);
  const entries = articlesInOrder(clauses, count);
  const recorded = clauses.filter((c) => c.kind === 'article').length;
  const intro =
    count !== undefined
      ? `${recorded} of the treaty's ${count} articles are recorded; the numbers not recorded are shown as gaps.`
      : `${recorded} articles are recorded. The treaty's number of articles is not recorded, so articles after the last one recorded may be missing.`;
  return html`<section class="articles" aria-labelledby="articles"><h2 id="articles">Articles</h2>
<p>${intro}</p>
<ol class="article-list">${entries.map((e) => {
    if ('gap' in e)
      return html`<li class="gap"><p><strong>${gapText(e.gap)}</strong>: not recorded in this dataset (no source read gives ${e.gap[0] === e.gap[1] ? 'its' : 'their'} number and content).</p></li>`;
    const c = e.clause;
    const name = c.kind === 'preamble' ? 'Preamble' : `Article ${String(c.article)}`;
    return html`<li class="article" id="${c.id}"><h3><a href="${ctx.root}${recordPath('clauses', c.id)}">${name}</a></h3>${renderFields(ctx, clauseSchema.schema, clauseSchema.file, c, undefined, [name], false, shownElsewhere)}</li>`;
  })}</ol></section>`;
}
