// @ts-check
// Plain JavaScript, so that a reader thread starts in milliseconds, without the TypeScript loader.
import { join } from 'node:path';
import { readRecord } from '../load/read-raw.mjs';

/**
 * One chunk of record files, read and parsed, each record given back as compact JSON: so a reader
 * thread does the reading, decoding and parsing, and the main thread only parses the compact text
 * again, which is about half the bytes of a formatted file and cheaper than a structured clone.
 * Per file: its line, or the problems with it (pointer and message).
 * @param {string} dir the table's folder
 * @param {string[]} names
 * @param {number} max size limit of one record file, in bytes
 * @returns {{ lines: (string | null)[], problems: ({ pointer: string, message: string }[] | null)[] }}
 */
export function readChunk(dir, names, max) {
  const lines = new Array(names.length).fill(null);
  const problems = new Array(names.length).fill(null);
  names.forEach((name, i) => {
    const record = readRecord(join(dir, name), max);
    if (record.problems !== undefined) {
      problems[i] = record.problems;
      return;
    }
    try {
      lines[i] = JSON.stringify(record.data);
    } catch {
      // Nested too deep to serialize (hostile input, which no schema of ours admits): the main thread
      // gets the text as it is, parses it again and reports what is wrong with it.
      lines[i] = record.text;
    }
  });
  return { lines, problems };
}
