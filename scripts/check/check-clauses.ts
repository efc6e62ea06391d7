import type { LoadedRecord } from '../load/read-records.js';
import type { Problem } from '../problem.js';

/** A treaty has one clause per article number and at most one preamble; only articles carry a number. */
export function checkClauses(records: LoadedRecord[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const r of records) {
    if (r.table !== 'clauses') continue;
    const c = r.data as { treaty: string; kind: string; article?: number };
    if (c.kind === 'article' && c.article === undefined) problems.push({ file: r.file, pointer: '', message: 'an article must have its "article" number' });
    if (c.kind === 'preamble' && c.article !== undefined) problems.push({ file: r.file, pointer: '/article', message: 'a preamble has no article number' });
    const key = `${c.treaty} ${c.kind === 'preamble' ? 'preamble' : `article ${c.article}`}`;
    const other = seen.get(key);
    if (other) problems.push({ file: r.file, pointer: c.kind === 'preamble' ? '/kind' : '/article', message: `${key} is already recorded in ${other}` });
    else seen.set(key, r.file);
  }
  return problems;
}
