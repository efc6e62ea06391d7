// @ts-check
// Plain JavaScript, so that a reader thread starts in milliseconds, without the TypeScript loader.
import { join } from 'node:path';
import { readRecord } from '../load/read-raw.mjs';

/**
 * One chunk of record files, read, parsed and (given the table's validator) validated, each record
 * given back as its text: the main thread parses it again, which costs less than a structured clone
 * of the parsed record and less than writing it compactly here.
 * Per file: its text, or the problems with it (pointer and message); given the table's validator,
 * whether the record passed its schema (so that the main thread need not validate it again); and
 * whether the file began with a byte-order mark (dropped from its text).
 * @param {string} dir the table's folder
 * @param {string[]} names
 * @param {number} max size limit of one record file, in bytes
 * @param {((data: unknown) => boolean) | undefined} [validate]
 * @returns {{ lines: (string | null)[], problems: ({ pointer: string, message: string }[] | null)[], valid: boolean[], boms: boolean[] }}
 */
export function readChunk(dir, names, max, validate) {
  const lines = new Array(names.length).fill(null);
  const problems = new Array(names.length).fill(null);
  const valid = new Array(names.length).fill(false);
  const boms = new Array(names.length).fill(false);
  names.forEach((name, i) => {
    const record = readRecord(join(dir, name), max);
    if (record.problems !== undefined) {
      problems[i] = record.problems;
      return;
    }
    valid[i] = validate !== undefined && validate(record.data) === true;
    lines[i] = record.text;
    boms[i] = record.bom;
  });
  return { lines, problems, valid, boms };
}
