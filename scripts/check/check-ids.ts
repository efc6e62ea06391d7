import type { LoadedRecord } from '../load/read-records.js';
import type { Problem } from '../problem.js';

/** Ids are unique across the whole dataset and equal to the file name, so a record is found by its id alone. */
export function checkIds(records: LoadedRecord[]): Problem[] {
  const problems: Problem[] = [];
  const firstFile = new Map<string, string>();
  for (const r of records) {
    const id = (r.data as { id?: unknown }).id;
    if (typeof id !== 'string') continue; // reported by the schema
    if (id !== r.stem) problems.push({ file: r.file, pointer: '/id', message: `id "${id}" must equal the file name "${r.stem}"` });
    const seen = firstFile.get(id);
    if (seen === undefined) firstFile.set(id, r.file);
    else problems.push({ file: r.file, pointer: '/id', message: `duplicate id "${id}": already used by ${seen}` });
  }
  return problems;
}
