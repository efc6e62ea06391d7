import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexReferences } from './references.js';
import { renderHome } from './render-home.js';
import { renderPage, type Page } from './render-page.js';
import { renderRecord } from './render-record.js';
import { renderSearch } from './render-search.js';
import { renderTable } from './render-table.js';
import { searchIndexScript } from './search-index.js';
import { readSiteData, type SiteData } from './site-data.js';
import { ASSETS } from './site-paths.js';

const ASSET_DIR = join(import.meta.dirname, 'assets');

/** Every file of the explorer, path -> text, in path order: the same dist/ always gives the same bytes. */
export function siteFiles(data: SiteData): Map<string, string> {
  const refs = indexReferences(data);
  const pages: Page[] = [renderHome(data), renderSearch(data)];
  for (const t of data.schemas.tables) {
    pages.push(renderTable(data, t.table));
    for (const record of data.tables.get(t.table) ?? []) pages.push(renderRecord(data, refs, t.table, record));
  }
  const files = new Map<string, string>();
  for (const page of pages) files.set(page.path, renderPage(data, page));
  for (const asset of ['site.css', 'site.js']) files.set(`${ASSETS}/${asset}`, readFileSync(join(ASSET_DIR, asset), 'utf8'));
  files.set(`${ASSETS}/search-index.js`, searchIndexScript(data));
  for (const [name, svg] of data.figures) files.set(`${ASSETS}/figures/${name}.svg`, svg);
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The explorer built from the project's dist/. */
export const buildSite = (root: string): Map<string, string> => siteFiles(readSiteData(root));
