import type { LoadedRecord } from '../load/read-records.js';
import type { Problem } from '../problem.js';

/**
 * Ids that name a record file in more than one table, each with its owner: the first table (in table
 * order) that has it. Computed once per build, so that the common record needs one lookup.
 */
export function sharedIds(idsOf: Map<string, Set<string>>): Map<string, string> {
  const owners = new Map<string, string>();
  const all = new Set<string>();
  for (const [, ids] of idsOf) {
    for (const id of ids) {
      if (all.has(id)) owners.set(id, [...idsOf].find(([, set]) => set.has(id))![0]);
      else all.add(id);
    }
  }
  return owners;
}

/**
 * Ids are unique across the whole dataset and equal to the file name, so a record is found by its id
 * alone. Checked one record at a time against the ids of the listing (the file names of every table):
 * a record whose id is not its file name, and an id whose record file is in an earlier table.
 */
export function checkIds(records: LoadedRecord[], idsOf: Map<string, Set<string>>, shared: Map<string, string>): Problem[] {
  const problems: Problem[] = [];
  const tables = [...idsOf];
  for (const r of records) {
    const id = (r.data as { id: string }).id;
    let owner: string | undefined;
    if (id === r.stem) {
      // Its own table has it; another owns it only if shared.
      owner = shared.get(id) ?? r.table;
    } else {
      problems.push({ file: r.file, pointer: '/id', message: `id "${id}" must equal the file name "${r.stem}"` });
      owner = tables.find(([, ids]) => ids.has(id))?.[0];
    }
    if (owner !== undefined && (owner !== r.table || id !== r.stem)) {
      problems.push({ file: r.file, pointer: '/id', message: `duplicate id "${id}": already used by data/${owner}/${id}.json` });
    }
  }
  return problems;
}
