import type { Dataset } from './dataset.js';

export type * from './dataset.js';

/** A table of the dataset, as its schema names it (x-table). */
export type Table = keyof Dataset;

/** One record of a table, with the type generated from the table's schema. */
export type RecordOf<T extends Table> = Dataset[T][number];

/** A record file as read and parsed: where it is, and content not yet validated. */
export interface LoadedRecord {
  table: string;
  /** Path relative to the project root, for messages (e.g. data/events/x.json). */
  file: string;
  /** The file name without .json, which must equal the record's id. */
  stem: string;
  data: unknown;
  /**
   * The file's text exactly as read (a byte-order mark included), kept when the caller asks (npm run
   * check), whichever thread read it, so that the canonical-form check judges the very text that was
   * parsed, without reading the file again.
   */
  fileText?: string;
}

/** A record that passed its table's schema, so its content has its generated type. */
export interface CheckedRecord<T extends Table = Table> extends LoadedRecord {
  table: T;
  data: RecordOf<T>;
}

/** Every valid record, by table, in id order. */
export type Records = { [T in Table]: CheckedRecord<T>[] };
