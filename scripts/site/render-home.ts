import { formatDate } from './format-text.js';
import { html } from './html.js';
import type { Page } from './render-page.js';
import { fieldLabel } from './schema-fields.js';
import type { SiteData } from './site-data.js';
import { ASSETS, HOME_PATH, SEARCH_PATH, recordPath, tablePath } from './site-paths.js';

/** The figures' own titles serve as their text alternatives. */
const svgTitle = (svg: string): string =>
  /<title>([^<]*)<\/title>/
    .exec(svg)?.[1]
    ?.replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"') ?? 'Figure';

/** The home page: what the dataset is, its version and counts, the figures, and a way into every table. */
export function renderHome(data: SiteData): Page {
  const treaties = data.tables.get('treaties') ?? [];
  // The timeline first: what happened, then the rest of the build's figures by name.
  const figures = [...data.figures].sort(([a], [b]) => Number(b === 'timeline') - Number(a === 'timeline') || (a < b ? -1 : 1));
  const total = [...data.tables.values()].reduce((n, rows) => n + rows.length, 0);
  const main = html`<h1>${data.meta.name}: the 2024 Russia–DPRK treaty, fact by fact</h1>
<p class="lead">${data.meta.description}</p>
<p>Version <strong>${data.meta.version}</strong>: ${total} records in ${data.schemas.tables.length} tables. Every record cites the sources it rests on; where sources disagree, each alternative is shown with its sources and the reason one is preferred. Every record has its own page, with a way to cite it.</p>
<section aria-labelledby="treaties"><h2 id="treaties">Treaties</h2>
<ul class="cards">${treaties.map((t) => html`<li><a href="${recordPath('treaties', t.id)}">${String(t.short_title ?? t.id)}</a> <span class="meta">signed ${formatDate(String((t.signed as { value?: string } | undefined)?.value ?? ''))} · ${String(t.status ?? '')}</span></li>`)}</ul>
</section>
<section aria-labelledby="tables"><h2 id="tables">Tables</h2>
<table class="counts"><caption>Records per table</caption>
<thead><tr><th scope="col">Table</th><th scope="col">One record is</th><th scope="col" class="num">Records</th></tr></thead>
<tbody>${data.schemas.tables.map((t) => html`<tr><th scope="row"><a href="${tablePath(t.table)}">${fieldLabel(t.table)}</a></th><td>${t.schema.description}</td><td class="num">${(data.tables.get(t.table) ?? []).length}</td></tr>`)}</tbody>
</table>
<p><a href="${SEARCH_PATH}">Search</a> across titles, names and summaries.</p>
</section>
<section aria-labelledby="figures"><h2 id="figures">Figures</h2>
${figures.map(([name, svg]) => html`<figure><img src="${ASSETS}/figures/${name}.svg" alt="${svgTitle(svg)}"><figcaption>${svgTitle(svg)}. <a href="${ASSETS}/figures/${name}.svg">Open the figure at full size</a>.</figcaption></figure>`)}
</section>`;
  return { path: HOME_PATH, title: 'Home', main };
}
