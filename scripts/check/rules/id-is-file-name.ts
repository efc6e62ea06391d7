import { recordRule } from '../rule.js';

/**
 * A record is found by its id alone: its file is named after it. A file name that differs from the
 * id only in case is no id at all (ids are lowercase), so only the rename is offered.
 */
export default recordRule({
  name: 'id-is-file-name',
  description: "A record's id equals its file name without .json.",
  check(record, report, { stem, table }) {
    if (record.id === stem) return;
    const rename = `rename the file to data/${table}/${record.id}.json`;
    report(
      '/id',
      `id "${record.id}" must equal the file name "${stem}"`,
      stem.toLowerCase() === record.id ? `${rename} (file names are lowercase, as ids are)` : `${rename}, or set "id" to "${stem}"`,
    );
  },
});
