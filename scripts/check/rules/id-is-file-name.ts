import { recordRule } from '../rule.js';

/** A record is found by its id alone: its file is named after it. */
export default recordRule({
  name: 'id-is-file-name',
  description: "A record's id equals its file name without .json.",
  check(record, report, { stem, table }) {
    if (record.id !== stem)
      report('/id', `id "${record.id}" must equal the file name "${stem}"`, `rename the file to data/${table}/${record.id}.json, or set "id" to "${stem}"`);
  },
});
