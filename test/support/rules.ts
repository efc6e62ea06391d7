import { join } from 'node:path';
import { readRecords } from '../../scripts/load/read-records.js';
import { readSchemas } from '../../scripts/load/read-schemas.js';
import { checkRecords } from '../../scripts/pipeline.js';
import type { Problem } from '../../scripts/problem.js';
import type { LoadedRecord } from '../../scripts/types/records.js';
import { ROOT } from './project.js';

const schemas = readSchemas(join(ROOT, 'schema'));
const real = readRecords(
  ROOT,
  schemas.tables.map((t) => t.table),
).records;

/** The project's schemas and real records, as read once for every rule test (copy a record before changing it). */
export const realSchemas = schemas;
export const realRecords: readonly LoadedRecord[] = real;

/** A copy of the real record in a file (data/<table>/<id>.json), to change. */
export type Edit = (record: (file: string) => any) => LoadedRecord[] | undefined;

/**
 * The problems the build's check (validate -> rules) reports for the real dataset after an edit: the
 * edit changes copies of real records and may return new ones. Each rule's test edits the least that
 * breaks the rule, so the real dataset is its passing case and the edit its failing one.
 */
export function problemsAfter(edit: Edit = () => {}): Problem[] {
  const copies = real.map((r) => ({ ...r, data: structuredClone(r.data) }));
  const byFile = new Map(copies.map((r) => [r.file, r]));
  const added =
    edit((file) => {
      const r = byFile.get(file);
      if (!r) throw new Error(`no record ${file}`);
      return r.data;
    }) ?? [];
  return checkRecords(schemas, [...copies, ...added]).problems;
}

/** A new record file, for an edit to add. */
export const newRecord = (table: string, stem: string, data: unknown): LoadedRecord => ({ table, file: `data/${table}/${stem}.json`, stem, data });

/** The problems a given rule reports. */
export const ofRule = (problems: Problem[], rule: string): Problem[] => problems.filter((p) => p.rule === rule);
