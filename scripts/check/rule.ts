import type { Releases } from '../load/read-releases.js';
import type { KeysOutOfOrder } from '../model/key-order.js';
import type { RecordOf, Table } from '../types/records.js';

/**
 * The shape of a dataset rule (how to add one: CONTRIBUTING.md, "A new rule"). A rule sees whole
 * typed records, one at a time, never files, bytes or threads: the runner (run-rules.ts) is the only
 * thing that knows how records are fed.
 */

/** Reports one problem of the record at hand: where in it (a JSON pointer), what is wrong, and how to fix it if known. */
export type Report = (pointer: string, message: string, fix?: string) => void;

/** A value that names a record of a table, found in a record through the schema's x-ref-table annotations. */
export interface Reference {
  /** JSON pointer of the value in its record (written on demand: most references resolve). */
  pointer(): string;
  /** The table it must name a record of. */
  table: string;
  id: string;
}

/** A string value found in a record through the schemas (a date), with its pointer written on demand. */
export interface FoundValue {
  value: string;
  pointer(): string;
}

/** What the runner knows of the whole dataset before any rule runs. */
export interface DatasetIndex {
  /** Ids of each table: the names of its record files, known before any record is read. */
  ids: ReadonlyMap<string, ReadonlySet<string>>;
  /** Named groups of enum values declared in the schemas (x-groups), e.g. "ratification-steps". */
  groups: ReadonlyMap<string, ReadonlySet<string>>;
  /** Every reference a valid record of a table holds. */
  references(table: Table, record: RecordOf<Table>): readonly Reference[];
  /** Every date a valid record of a table holds: the properties its schema gives the format date or partial-date. */
  dates(table: Table, record: RecordOf<Table>): readonly FoundValue[];
  /** The objects of a record whose keys are out of its schema's order (the order dist/json/ would write them in). */
  keyOrder(table: Table, record: RecordOf<Table>): readonly KeysOutOfOrder[];
  /** What past releases promise: the ids they froze and those retired since (releases/). */
  releases: Releases;
  /** Whether a text is an id by the schemas' grammar (common.schema.json#/$defs/id): what a file may be renamed to, or an id set to. */
  isId(text: string): boolean;
}

/** Where a record is, beside the dataset's index. */
export interface RecordContext {
  file: string;
  /** File name without .json. */
  stem: string;
  table: Table;
  index: DatasetIndex;
}

/** A rule that judges one record alone: a pure function of the record (and of the dataset's index). */
export interface RecordRule<T extends Table = Table> {
  name: string;
  description: string;
  scope: 'record';
  /** The table whose records it checks; absent: every table. */
  table?: T;
  check(record: RecordOf<T>, report: Report, context: RecordContext): void;
}

/** A fact collected from one record, with where it came from. */
export interface Fact<F> {
  file: string;
  table: Table;
  fact: F;
}

/** Reports a problem of the record a fact came from. */
export type ReportAt<F> = (at: Fact<F>, pointer: string, message: string, fix?: string) => void;

/** A rule across records: it collects small facts from each record, then judges them together. */
export interface DatasetRule<F = unknown> {
  name: string;
  description: string;
  scope: 'dataset';
  /** Per table it reads ('*': every table), the fact to keep of one record (undefined: nothing to keep). */
  collect: { [T in Table]?: (record: RecordOf<T>, context: RecordContext) => F | undefined } & {
    '*'?: (record: RecordOf<Table>, context: RecordContext) => F | undefined;
  };
  judge(facts: Fact<F>[], report: ReportAt<F>, index: DatasetIndex): void;
}

export type Rule = RecordRule<any> | DatasetRule<any>;

/** Declares a per-record rule, typed by its table. */
export const recordRule = <T extends Table>(rule: Omit<RecordRule<T>, 'scope'>): RecordRule<T> => ({ scope: 'record', ...rule });

/** Declares a cross-record rule, typed by its fact. */
export const datasetRule = <F>(rule: Omit<DatasetRule<F>, 'scope'>): DatasetRule<F> => ({ scope: 'dataset', ...rule });
