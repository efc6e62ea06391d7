import { recordRule } from '../rule.js';

/** Only articles carry a number, and every article does. */
export default recordRule({
  name: 'article-numbering',
  description: 'A clause of kind "article" has its "article" number; a preamble has none.',
  table: 'clauses',
  check(clause, report) {
    if (clause.kind === 'article' && clause.article === undefined)
      report('', 'an article must have its "article" number', 'add "article": the number the treaty\'s text gives it');
    if (clause.kind === 'preamble' && clause.article !== undefined) report('/article', 'a preamble has no article number', 'remove "article"');
  },
});
