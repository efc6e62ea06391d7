import type { LoadedRecord } from '../load/read-records.js';
import type { Problem } from '../problem.js';

/**
 * Ids are unique across the whole dataset and equal to the file name, so a record is found by its id
 * alone. Checked one record at a time against the ids of the listing (the file names of every table):
 * a record whose id is not its file name, and an id already taken by another table's record file.
 */
export function checkIds(records: LoadedRecord[], idsOf: Map<string, Set<string>>): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    const id = (r.data as { id: string }).id;
    if (id !== r.stem) problems.push({ file: r.file, pointer: '/id', message: `id "${id}" must equal the file name "${r.stem}"` });
    // The first table (in table order) to hold a record file named after the id owns it.
    for (const [table, ids] of idsOf) {
      if (!ids.has(id)) continue;
      const owner = `data/${table}/${id}.json`;
      if (owner !== r.file) problems.push({ file: r.file, pointer: '/id', message: `duplicate id "${id}": already used by ${owner}` });
      break;
    }
  }
  return problems;
}
