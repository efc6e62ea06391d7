/**
 * Where each page lives. Every link is relative and names its file (never a folder), so the
 * explorer works from file:// as well as from any static host.
 */
export const recordPath = (table: string, id: string): string => `${table}/${id}.html`;
export const tablePath = (table: string): string => `${table}/index.html`;
export const HOME_PATH = 'index.html';
export const SEARCH_PATH = 'search.html';
export const ASSETS = 'assets';

/** The relative prefix from a page back to the site root (pages are at most one folder deep). */
export const rootPrefix = (pagePath: string): string => '../'.repeat(pagePath.split('/').length - 1);
