import { html, type Html } from './html.js';
import { renderCiteRecord } from './render-citation.js';
import { renderLinks } from './render-links.js';
import type { Page } from './render-page.js';
import { renderArticles } from './render-treaty.js';
import { renderDisagreements, renderFields, type RenderContext } from './render-value.js';
import { recordKey, type ReferenceIndex } from './references.js';
import { recordLabel, recordLanguage } from './record-label.js';
import { inLanguage } from './format-text.js';
import { tableSchema, type SiteData, type SiteRecord } from './site-data.js';
import { recordPath, rootPrefix, tablePath } from './site-paths.js';

const ID_ONLY = new Set(['id']);

/**
 * A record's page: every field of the record in the schema's order (labels and descriptions from the
 * schema), a treaty's articles, where sources disagree, links both ways, and how to cite it.
 */
export function renderRecord(data: SiteData, refs: ReferenceIndex, table: string, record: SiteRecord): Page {
  const path = recordPath(table, record.id);
  const ctx: RenderContext = { data, root: rootPrefix(path), disagreements: [] };
  const t = tableSchema(data, table);
  const label = recordLabel(data, table, record);
  const lang = recordLanguage(record);
  const fields = renderFields(ctx, t.schema, t.file, record, undefined, [], true, ID_ONLY);
  const articles =
    table === 'treaties'
      ? renderArticles(
          ctx,
          record,
          (data.tables.get('clauses') ?? []).filter((c) => c.treaty === record.id),
        )
      : '';
  const disagreements = renderDisagreements(ctx);
  const key = recordKey(table, record.id);
  const sections: [string, string][] = [['fields', 'Fields']];
  if (articles) sections.push(['articles', 'Articles']);
  if (disagreements) sections.push(['disagreements', 'Where sources disagree']);
  sections.push(['links', 'Links'], ['cite', 'Cite this record']);
  const heading = inLanguage(label, lang);
  const main: Html = html`<h1${heading.attr}>${heading.body}</h1>
<p class="kicker">A record of the <a href="${ctx.root}${tablePath(table)}">${table}</a> table · id <code>${record.id}</code></p>
<nav class="toc" aria-label="On this page"><ul>${sections.map(([id, text]) => html`<li><a href="#${id}">${text}</a></li>`)}</ul></nav>
<section aria-labelledby="fields"><h2 id="fields">Fields</h2>
${fields}
</section>
${articles}
${disagreements}
${renderLinks(ctx, refs.outgoing.get(key) ?? [], refs.incoming.get(key) ?? [])}
${renderCiteRecord(data, table, record.id)}`;
  return { path, title: label, main };
}
