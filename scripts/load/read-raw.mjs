// @ts-check
// Plain JavaScript, so that the engine's reader threads (scripts/engine/) start in milliseconds,
// without the TypeScript loader; the build's TypeScript imports it too (readRecordFile).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reads a file's bytes into buffer at offset, but never more than max + 1 of them. Returns the number
 * of bytes read, or, for a file over max bytes, its size negated. No fstat for the files that fit, and
 * no allocation: the caller owns the buffer, which must have max + 1 bytes free after offset.
 * @param {string} path
 * @param {Uint8Array} buffer
 * @param {number} offset
 * @param {number} max
 * @returns {number}
 */
function readInto(path, buffer, offset, max) {
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    for (let n = -1; n !== 0 && length <= max; length += n) n = readSync(fd, buffer, offset + length, max + 1 - length, null);
    return length > max ? -fstatSync(fd).size : length;
  } finally {
    closeSync(fd);
  }
}

/**
 * The problem with a file over the size limit, in words.
 * @param {number} size
 * @param {number} max
 */
const overLimit = (size, max) => `is ${size} bytes, over the ${max}-byte limit for one record`;

/**
 * The problem with a file that cannot be opened or read (a broken link, a folder named .json), in words.
 * @param {unknown} err
 */
const unreadable = (err) => `cannot be read (${/** @type {NodeJS.ErrnoException} */ (err).code ?? /** @type {Error} */ (err).message})`;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The buffer readRecord reads each file into: grown to the size limit on first use. */
let scratch = new Uint8Array(0);

/**
 * A record file's content: its bytes as UTF-8 text, parsed as JSON. Bytes that are not a record
 * (empty, not UTF-8, not JSON) give the problem, in words, never an exception.
 * @param {Uint8Array} bytes
 * @returns {{ data: unknown, text: string, problem?: undefined } | { problem: string }}
 */
function parseRecordBytes(bytes) {
  if (bytes.length === 0) return { problem: 'is empty' };
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: 'is not valid UTF-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { data: JSON.parse(text), text };
  } catch (err) {
    return { problem: `is not valid JSON: ${/** @type {Error} */ (err).message}` };
  }
}

/**
 * One record file, read (never more than max + 1 bytes) and parsed: its data and text, or the problem
 * with it in words (cannot be read, over the size limit, empty, not UTF-8, not JSON).
 * @param {string} path
 * @param {number} max size limit of one record file, in bytes
 * @returns {{ data: unknown, text: string, problem?: undefined } | { problem: string }}
 */
export function readRecord(path, max) {
  if (scratch.length < max + 1) scratch = new Uint8Array(max + 1);
  let n;
  try {
    n = readInto(path, scratch, 0, max);
  } catch (err) {
    return { problem: unreadable(err) };
  }
  return n < 0 ? { problem: overLimit(-n, max) } : parseRecordBytes(scratch.subarray(0, n));
}
