import type { LoadedRecord } from '../load/read-records.js';
import type { Problem } from '../problem.js';

/** What the numbering check needs of one clause. */
export interface ClauseNumber { file: string; treaty: string; kind: string; article?: number }

export function clauseNumber(r: LoadedRecord): ClauseNumber {
  const c = r.data as { treaty: string; kind: string; article?: number };
  return { file: r.file, treaty: c.treaty, kind: c.kind, ...(c.article !== undefined ? { article: c.article } : {}) };
}

/** A treaty has one clause per article number and at most one preamble; only articles carry a number. */
export function checkClauses(clauses: ClauseNumber[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const c of clauses) {
    if (c.kind === 'article' && c.article === undefined) problems.push({ file: c.file, pointer: '', message: 'an article must have its "article" number' });
    if (c.kind === 'preamble' && c.article !== undefined) problems.push({ file: c.file, pointer: '/article', message: 'a preamble has no article number' });
    const key = `${c.treaty} ${c.kind === 'preamble' ? 'preamble' : `article ${c.article}`}`;
    const other = seen.get(key);
    if (other) problems.push({ file: c.file, pointer: c.kind === 'preamble' ? '/kind' : '/article', message: `${key} is already recorded in ${other}` });
    else seen.set(key, c.file);
  }
  return problems;
}
