import { html } from './html.js';
import type { Page } from './render-page.js';
import { fieldLabel } from './schema-fields.js';
import type { SiteData } from './site-data.js';
import { SEARCH_PATH, tablePath } from './site-paths.js';

/** The search page: the form works without JavaScript only as far as listing the tables; site.js does the searching. */
export function renderSearch(data: SiteData): Page {
  const main = html`<h1>Search</h1>
<form class="search-form" role="search" aria-label="Search titles, names and summaries" action="${SEARCH_PATH}" method="get">
<label for="q">Titles, names and summaries</label>
<input id="q" name="q" type="search" autocomplete="off">
<button type="submit">Search</button>
</form>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="results"></ol>
<noscript><p>Search runs in your browser and needs JavaScript. Without it, every record is reachable from its table:</p></noscript>
<ul class="table-links">${data.schemas.tables.map((t) => html`<li><a href="${tablePath(t.table)}">${fieldLabel(t.table)}</a></li>`)}</ul>`;
  return { path: SEARCH_PATH, title: 'Search', main, scripts: ['search-index.js'] };
}
