import { certainlyAfter, TIME_ZONE_DAYS } from '../../validate/partial-date.js';
import { recordRule } from '../rule.js';

/**
 * A source was published before it could be read. "published" is the publisher's local date and
 * "accessed" the curator's, so a page from Pyongyang may carry the day after the one it was read on.
 */
export default recordRule({
  name: 'source-published-before-accessed',
  description:
    'A source\'s "published" date is not after its "accessed" date by more than the one day that time zones can put between the publisher\'s local date and the curator\'s (partial dates compare by their bounds).',
  table: 'sources',
  check(source, report) {
    if (source.published !== undefined && certainlyAfter(source.published, source.accessed, TIME_ZONE_DAYS)) {
      report('/published', `published ${source.published}, after it was accessed on ${source.accessed}`, 'check both dates against the page');
    }
  },
});
