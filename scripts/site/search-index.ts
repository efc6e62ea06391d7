import { kindOf, walkRecord } from './schema-fields.js';
import { recordLabel, recordLanguage } from './record-label.js';
import type { SiteData } from './site-data.js';
import { recordPath } from './site-paths.js';

/** One searchable record: where its page is, its label (and the label's language), and its words. */
export type SearchEntry = [path: string, table: string, label: string, lang: string, text: string];

/**
 * What search looks through, per record: its names and titles wherever they are (aliases, office
 * titles, other titles) and its own free text (summary, statement, description, notes); not quotes.
 */
/** Results of equal rank list the treaty text and what happened before the documents cited. */
const TABLE_ORDER = ['treaties', 'clauses', 'events', 'claims', 'parties', 'codings', 'sources'];
const rank = (table: string): number => (TABLE_ORDER.includes(table) ? TABLE_ORDER.indexOf(table) : TABLE_ORDER.length);

export function searchEntries(data: SiteData): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const tables = [...data.schemas.tables].sort((a, b) => rank(a.table) - rank(b.table) || (a.table < b.table ? -1 : 1));
  for (const t of tables) {
    for (const record of data.tables.get(t.table) ?? []) {
      const words: string[] = [];
      walkRecord(data.schemas, t.schema, t.file, record, (s, value, path) => {
        if (typeof value !== 'string' || path[0] === 'id') return;
        const kind = kindOf(s);
        if (kind === 'name' || (kind === 'text' && path.length === 1)) words.push(value);
      });
      const label = recordLabel(data, t.table, record);
      entries.push([
        recordPath(t.table, record.id),
        t.table,
        label,
        recordLanguage(record) ?? '',
        [...words.filter((w) => w !== label), record.id].join(' · '),
      ]);
    }
  }
  return entries;
}

/**
 * The index as a script that sets a global: pages opened from file:// may load scripts but not
 * fetch() JSON. "</" is written as "<\/" so the text can never close a script element.
 */
export function searchIndexScript(data: SiteData): string {
  const json = JSON.stringify({ version: data.meta.version, entries: searchEntries(data) });
  return `window.DPRK_RUSSIA_TREATY_SEARCH = ${json
    .replace(/<\//g, '<\\/')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')};\n`;
}
