import { certainlyAfter } from '../../validate/partial-date.js';
import { recordRule } from '../rule.js';

/** A source was published before it could be read. */
export default recordRule({
  name: 'source-published-before-accessed',
  description: 'A source\'s "published" date is not after its "accessed" date (partial dates compare by their bounds).',
  table: 'sources',
  check(source, report) {
    if (source.published !== undefined && certainlyAfter(source.published, source.accessed)) {
      report('/published', `published ${source.published}, after it was accessed on ${source.accessed}`, 'check both dates against the page');
    }
  },
});
