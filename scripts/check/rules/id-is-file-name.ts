import { recordRule } from '../rule.js';

/**
 * A record is found by its id alone: its file is named after it. The fix offers only what can work:
 * the rename, unless another file already bears the id (the record is then most likely a copy, as
 * "kcna copy.json" is); and setting the id to the file name, only if the file name is an id (not
 * "kcna copy", "KCNA" or "café").
 */
export default recordRule({
  name: 'id-is-file-name',
  description: "A record's id equals its file name without .json.",
  check(record, report, { stem, table, index }) {
    if (record.id === stem) return;
    const owner = [...index.ids].find(([, ids]) => ids.has(record.id))?.[0];
    const fixes = [
      owner === undefined
        ? `rename the file to data/${table}/${record.id}.json`
        : `data/${owner}/${record.id}.json already holds the id "${record.id}": if this file is a copy of it, delete this file; if not, give this record an id of its own and name the file after it`,
    ];
    if (index.isId(stem)) fixes.push(`set "id" to "${stem}"`);
    else if (owner === undefined)
      fixes[0] += stem.toLowerCase() === record.id ? ' (file names are lowercase, as ids are)' : ' (file names are ids: a-z, 0-9 and single hyphens)';
    report('/id', `id "${record.id}" must equal the file name "${stem}"`, fixes.join(', or '));
  },
});
