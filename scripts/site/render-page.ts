import { licenceWords } from '../load/read-meta.js';
import { html, raw, type Html } from './html.js';
import type { SiteData } from './site-data.js';
import { ASSETS, HOME_PATH, SEARCH_PATH, rootPrefix, tablePath } from './site-paths.js';

export interface Page {
  /** Path of the page inside the site, e.g. events/kursk-incursion-2024.html. */
  path: string;
  title: string;
  /** The page's content inside <main>, starting with its h1. */
  main: Html;
  /** Scripts the page needs besides the site's own (same folder, loaded with src). */
  scripts?: string[];
}

/**
 * The frame every page shares: a skip link, a banner with the site's name and a search box, a
 * navigation to every table, the main content, and a footer with the version and licence.
 */
export function renderPage(data: SiteData, page: Page): string {
  const root = rootPrefix(page.path);
  const nav = data.schemas.tables.map(
    (t) =>
      html`<li><a href="${root}${tablePath(t.table)}"${page.path.startsWith(`${t.table}/`) ? raw(' aria-current="page"') : ''}>${t.table.charAt(0).toUpperCase()}${t.table.slice(1)}</a></li>`,
  );
  const scripts = [...(page.scripts ?? []), 'site.js'];
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · ${data.meta.name} ${data.meta.version}</title>
<link rel="stylesheet" href="${root}${ASSETS}/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="banner">
<p class="site-name"><a href="${root}${HOME_PATH}">${data.meta.name}</a> <span class="version">version ${data.meta.version}</span></p>
<form class="site-search" role="search" aria-label="Search the dataset" action="${root}${SEARCH_PATH}" method="get">
<label for="site-q">Search</label>
<input id="site-q" name="q" type="search" placeholder="titles, names, summaries">
<button type="submit">Search</button>
</form>
<nav aria-label="Tables"><ul>${nav}</ul></nav>
</header>
<main id="main" tabindex="-1">
${page.main}
</main>
<footer>
<p>${data.meta.name} ${data.meta.version}. ${licenceWords(data.meta)}. Generated from the dataset by <code>npm run site</code>; every page works without JavaScript and without a network.</p>
</footer>
${scripts.map((s) => html`<script src="${root}${ASSETS}/${s}"></script>\n`)}</body>
</html>
`.text;
}
