import { recordRule } from '../rule.js';

/**
 * A clause's id says which treaty and article it is: <treaty>-preamble, or <treaty>-art-NN with the
 * article number in two digits. So the id cannot disagree with the record (csp-2024-art-20 always
 * belongs to csp-2024 and is its Article 20), and of two clauses that claim one article number, the
 * one whose id disagrees is the one named.
 */
export default recordRule({
  name: 'clause-id-names-treaty',
  description:
    'A clause\'s id is its treaty\'s id followed by "-preamble" for a preamble, or by "-art-" and the article number in at least two digits (csp-2024-art-03) for an article.',
  table: 'clauses',
  check(clause, report) {
    const expected =
      clause.kind === 'preamble'
        ? `${clause.treaty}-preamble`
        : clause.article === undefined
          ? undefined
          : `${clause.treaty}-art-${String(clause.article).padStart(2, '0')}`;
    if (expected === undefined || clause.id === expected) return;
    const pointer = clause.id.startsWith(`${clause.treaty}-`) ? (clause.kind === 'preamble' ? '/kind' : '/article') : '/treaty';
    report(
      pointer,
      `id "${clause.id}" does not match its ${pointer.slice(1)}: ${clause.kind === 'article' ? 'an article' : 'a preamble'} of ${clause.treaty}${clause.article === undefined ? '' : ` numbered ${clause.article}`} has the id "${expected}"`,
      `correct "${pointer.slice(1)}", or rename the file and id to ${expected}`,
    );
  },
});
