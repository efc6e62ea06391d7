import { join } from 'node:path';
import { groupBy } from '../group-by.js';
import { readSchemas, type Schemas } from '../load/read-schemas.js';
import { listRecords } from '../load/list-records.js';
import { NO_RELEASES, readReleases, type Releases } from '../load/read-releases.js';
import { readRecordFiles, type EngineOptions } from '../engine/index.js';
import { validateRecords, type ValidatedRecords } from '../validate/validate-records.js';
import { buildTableModels, type TableModel } from '../model/table-model.js';
import { dateFinder, referenceFinder } from '../model/references.js';
import { keyOrderFinder, type KeyOrderFinder } from '../model/key-order.js';
import { sortEvents } from '../model/event-order.js';
import { checkTypes } from '../types/read-types.js';
import { sortProblems, type Problem } from '../problem.js';
import type { CheckedRecord, LoadedRecord, Records } from '../types/records.js';
import { ruleRunner } from './run-rules.js';
import { rules } from './rules/index.js';

/**
 * load -> validate -> check: what npm run check runs, and the first half of the build. Kept apart
 * from the exporters, so that a check loads none of their code.
 */

/** The dataset, checked: every problem, and the records that passed their schema. */
export interface CheckResult {
  schemas: Schemas;
  models: TableModel[];
  problems: Problem[];
  records: Records;
  /** Records per table that passed their schema. */
  counts: Map<string, number>;
  /** Ids of each table: the names of its record files. */
  ids: Map<string, Set<string>>;
}

/** What a check may be asked for beyond its problems. */
export interface CheckOptions {
  /** Keep each record file's text as read (LoadedRecord.fileText), for a caller that judges its form (npm run check). */
  keepText?: boolean;
  /** Passed to the engine untouched (its tests force threads and chunk sizes); the check never looks inside. */
  engine?: EngineOptions;
}

/** load -> validate -> check: every problem of the dataset at root, nothing written. */
export async function checkDataset(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const schemas = readSchemas(join(root, 'schema'));
  const tables = schemas.tables.map((t) => t.table);
  const listing = listRecords(root, tables);
  const releases = readReleases(root);
  const checker = recordChecker(schemas, listing.ids, releases);
  // Each chunk of records is checked as soon as it is read, while the engine reads the next ones. A table
  // that could not be listed would make every reference to it dangle: its problem is reported alone.
  // Nor is any id of a release said to be missing from it (released-ids-kept): no rule judges an incomplete listing.
  const unread = listing.incomplete
    ? []
    : await readRecordFiles(root, listing, schemas, checker.add, { ...options.engine, keepText: options.keepText ?? false });
  const checked = checker.finish(!listing.incomplete);
  return { ...checked, problems: sortProblems([...listing.problems, ...releases.problems, ...unread, ...checkTypes(schemas), ...checked.problems]) };
}

/**
 * validate -> check, on records already in memory. The ids a reference may name are those of the
 * record files (a file's name is its id), by default the records' own; the releases, by default none.
 */
export function checkRecords(schemas: Schemas, loaded: LoadedRecord[], ids?: Map<string, Set<string>>, releases: Releases = NO_RELEASES): CheckResult {
  const checker = recordChecker(
    schemas,
    ids ?? new Map(schemas.tables.map((t) => [t.table, new Set(loaded.filter((r) => r.table === t.table).map((r) => r.stem))])),
    releases,
  );
  checker.add(validateRecords(schemas, loaded));
  return checker.finish();
}

export interface RecordChecker {
  add(chunk: ValidatedRecords): void;
  /** The result; the cross-record rules judge unless told not to (judge: false, for a dataset not wholly listed). */
  finish(judge?: boolean): CheckResult;
}

/**
 * check in two steps: add() takes records as they are validated (keeps the problems, and gives the
 * valid records to the rules); finish() lets the cross-record rules judge and orders the valid
 * records for the exports.
 */
export function recordChecker(schemas: Schemas, ids: Map<string, Set<string>>, releases: Releases): RecordChecker {
  const { models, references, dates, keyOrder, isId } = derived(schemas);
  const runner = ruleRunner(rules, { ids, groups: schemas.groups, references, dates, keyOrder, releases, isId });
  const problems: Problem[] = [];
  const valid: CheckedRecord[] = [];
  return {
    add(checked) {
      problems.push(...checked.problems);
      for (const record of checked.valid) {
        valid.push(record);
        runner.check(record);
      }
    },
    finish(judge = true) {
      if (judge) problems.push(...runner.judge());
      const records = byTable(schemas, valid);
      const counts = new Map(Object.entries(records).map(([table, list]) => [table, list.length]));
      return { schemas, models, problems: sortProblems(problems), records, counts, ids };
    },
  };
}

interface Derived {
  models: TableModel[];
  references: ReturnType<typeof referenceFinder>;
  dates: ReturnType<typeof dateFinder>;
  keyOrder: KeyOrderFinder;
  isId: (text: string) => boolean;
}

const derivedOf = new WeakMap<Schemas, Derived>();

/** The table models, reference finder and key-order finder of a set of schemas, derived once however often records are checked. */
function derived(schemas: Schemas): Derived {
  let d = derivedOf.get(schemas);
  if (!d) {
    const models = buildTableModels(schemas);
    d = { models, references: referenceFinder(models), dates: dateFinder(models), keyOrder: keyOrderFinder(schemas), isId: idGrammar(schemas) };
    derivedOf.set(schemas, d);
  }
  return d;
}

/** The id grammar of the schemas (common.schema.json#/$defs/id: its pattern and length), as a test. */
function idGrammar(schemas: Schemas): (text: string) => boolean {
  const id = schemas.common.$defs?.id ?? {};
  const pattern = typeof id.pattern === 'string' ? new RegExp(id.pattern, 'u') : undefined;
  const max = typeof id.maxLength === 'number' ? id.maxLength : Number.POSITIVE_INFINITY;
  return (text) => (pattern?.test(text) ?? false) && [...text].length <= max;
}

/**
 * Valid records by table, every table present, each in id order but events, which are in the order
 * they happened (sortEvents): the one place where the exported order of records is decided.
 */
function byTable(schemas: Schemas, valid: CheckedRecord[]): Records {
  const grouped = groupBy(valid, (r) => r.table);
  const byStem = (a: CheckedRecord, b: CheckedRecord) => (a.stem < b.stem ? -1 : a.stem > b.stem ? 1 : 0);
  const records = Object.fromEntries(schemas.tables.map((t) => [t.table, (grouped.get(t.table as CheckedRecord['table']) ?? []).sort(byStem)])) as Records;
  if (records.events) sortEvents(records.events, (r) => r.data);
  return records;
}
