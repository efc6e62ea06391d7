import type { SiteData, SiteRecord } from './site-data.js';
import { findRecord } from './site-data.js';

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The fields a clause's label is made of ("<treaty>, Article 4"): a list of articles under its heading need not repeat them. */
export const CLAUSE_LABEL_FIELDS: readonly string[] = ['treaty', 'kind', 'article'];

/** The name a record is shown by in headings, links and search results. */
export function recordLabel(data: SiteData, table: string, record: SiteRecord): string {
  const treaty = str(record.treaty);
  const treatyName = treaty ? (str(findRecord(data, 'treaties', treaty)?.short_title) ?? treaty) : undefined;
  if (table === 'clauses') {
    const part = record.kind === 'preamble' ? 'Preamble' : `Article ${String(record.article ?? '?')}`;
    return treatyName ? `${treatyName}, ${part}` : part;
  }
  if (table === 'codings') return `${treatyName ?? record.id}: ATOP coding (${String(record.coder)})`;
  return str(record.short_title) ?? str(record.title) ?? str(record.name) ?? str(record.statement) ?? record.id;
}

/** The language a record's own names are written in, where the record says (a source's language). */
export const recordLanguage = (record: SiteRecord): string | undefined => str(record.language);
