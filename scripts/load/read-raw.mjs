// @ts-check
// Plain JavaScript, so that the engine's reader threads (scripts/engine/) start in milliseconds,
// without the TypeScript loader; the build's TypeScript imports it too (readRecordFile).
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { parseJson } from './parse-json.mjs';

/** @typedef {import('./parse-json.mjs').JsonProblem} JsonProblem */

/**
 * Opened without following a symbolic link (the listing already refused links; this closes the gap
 * should one appear in between) and without blocking (a FIFO put there in between would hang a
 * blocking open). Windows has neither flag.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * What a file system entry is, in words, for one that is not a regular file.
 * @param {import('node:fs').Stats | import('node:fs').Dirent} entry
 */
export function entryKind(entry) {
  if (entry.isFile()) return 'a file';
  if (entry.isSymbolicLink()) return 'a symbolic link';
  if (entry.isDirectory()) return 'a folder';
  if (entry.isFIFO()) return 'a FIFO (named pipe)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * What is at a path, in words (lstat's view: a link is a link, never followed), or undefined when
 * nothing is there (or it cannot be looked at).
 * @param {string} path
 * @returns {string | undefined}
 */
export function kindAt(path) {
  try {
    return entryKind(lstatSync(path));
  } catch {
    return undefined;
  }
}

/** The advice for a record file that is not a regular file. */
const RECORD_FILES_ONLY = ': only regular files under data/ are read (replace it with the record file itself)';

/** The rule for what the build reads, as the message for any entry that breaks it. */
export const notRegularFile = (/** @type {string} */ kind) => `is ${kind}${RECORD_FILES_ONLY}`;

/**
 * A problem's message for a file outside data/ (a schema, package.json, CHANGELOG.md, a build's own
 * notes): the advice meant for record files replaced by advice of its own.
 * @param {string} message
 * @param {string} [advice]
 */
export const outsideData = (message, advice = ': only regular files are read') => message.replace(RECORD_FILES_ONLY, advice);

/**
 * Opens a file to read only if it is a regular file: never following a link, never waiting on a
 * FIFO (OPEN_FLAGS), and judged on the open descriptor, so nothing can be swapped in between. Gives
 * the descriptor (the caller closes it) and the size, or, for anything else, what it is in words.
 * Errors other than a link's (a file that is not there) are thrown.
 * @param {string} path
 * @returns {{ fd: number, size: number, kind?: undefined } | { kind: string }}
 */
export function openRegularFile(path) {
  let fd;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (err) {
    // O_NOFOLLOW refuses a link with ELOOP: say what it is.
    if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ELOOP') return { kind: 'a symbolic link' };
    throw err;
  }
  let stats;
  try {
    stats = fstatSync(fd);
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  if (stats.isFile()) return { fd, size: stats.size };
  closeSync(fd);
  return { kind: entryKind(stats) };
}

/**
 * Reads a file's bytes into buffer at offset, but never more than max + 1 of them. Returns the number
 * of bytes read, or, for a file over max bytes, its size negated; a string when it is not a regular
 * file (checked on the open descriptor). No allocation: the caller owns the buffer, which must have
 * max + 1 bytes free after offset.
 * @param {string} path
 * @param {Uint8Array} buffer
 * @param {number} offset
 * @param {number} max
 * @returns {number | string}
 */
function readInto(path, buffer, offset, max) {
  const opened = openRegularFile(path);
  if (opened.kind !== undefined) return notRegularFile(opened.kind);
  const { fd, size } = opened;
  try {
    if (size > max) return -size;
    let length = 0;
    for (let n = -1; n !== 0 && length <= max; length += n) n = readSync(fd, buffer, offset + length, max + 1 - length, null);
    return length > max ? -length : length;
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
 * The problem with a file that cannot be opened or read, in words.
 * @param {unknown} err
 */
function unreadable(err) {
  return `cannot be read (${/** @type {NodeJS.ErrnoException} */ (err).code ?? /** @type {Error} */ (err).message})`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The buffer readTextFile reads each file into: grown to the size limit on first use. */
let scratch = new Uint8Array(0);

/**
 * Bytes as UTF-8 text (a byte-order mark dropped, and said: bom), or the problem with them: empty, not UTF-8.
 * @param {Uint8Array} bytes
 * @returns {{ text: string, bom: boolean, problems?: undefined } | { problems: JsonProblem[] }}
 */
function decodeText(bytes) {
  if (bytes.length === 0)
    return {
      problems: [
        { pointer: '', message: 'is empty', fix: 'write the record in it (docs/templates/ has the smallest valid record of each table), or delete the file' },
      ],
    };
  let text;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problems: [{ pointer: '', message: 'is not valid UTF-8', fix: 'save the file as UTF-8 (your editor\'s "encoding" setting)' }] };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

/**
 * A file's bytes (never more than max + 1 of them), by the rules of record files: only a regular
 * file, never followed if a link, never waited on if a FIFO; or the problems with it (not a regular
 * file, cannot be read, over the size limit), in words. The bytes are valid until the next read.
 * @param {string} path
 * @param {number} max size limit, in bytes
 * @returns {{ bytes: Uint8Array, problems?: undefined } | { problems: JsonProblem[] }}
 */
export function readBytes(path, max) {
  if (scratch.length < max + 1) scratch = new Uint8Array(max + 1);
  let n;
  try {
    n = readInto(path, scratch, 0, max);
  } catch (err) {
    return { problems: [{ pointer: '', message: unreadable(err) }] };
  }
  if (typeof n === 'string') return { problems: [{ pointer: '', message: n }] };
  return n < 0
    ? {
        problems: [
          {
            pointer: '',
            message: overLimit(-n, max),
            fix: 'a record is a few KiB: keep quotations short and summaries in your own words, and remove anything that is not the record',
          },
        ],
      }
    : { bytes: scratch.subarray(0, n) };
}

/**
 * A file's bytes (never more than max + 1 of them) as UTF-8 text, by the rules of record files: only
 * a regular file, never followed if a link, never waited on if a FIFO; or the problems with it (not a
 * regular file, cannot be read, over the size limit, empty, not UTF-8), in words, never quoting it.
 * @param {string} path
 * @param {number} max size limit, in bytes
 * @returns {{ text: string, bom: boolean, problems?: undefined } | { problems: JsonProblem[] }}
 */
export function readTextFile(path, max) {
  const read = readBytes(path, max);
  return read.problems ? read : decodeText(read.bytes);
}

/**
 * One record file, read (never more than max + 1 bytes) and parsed: its data and text, or the problems
 * with it (not a regular file, cannot be read, over the size limit, empty, not UTF-8, not JSON,
 * duplicate keys), in words, never an exception, and never quoting the bytes.
 * @param {string} path
 * @param {number} max size limit of one record file, in bytes
 * @returns {{ data: unknown, text: string, bom: boolean, problems?: undefined } | { problems: JsonProblem[] }}
 */
export function readRecord(path, max) {
  const read = readTextFile(path, max);
  if (read.problems) return read;
  const parsed = parseJson(read.text);
  return parsed.problems ? parsed : { data: parsed.data, text: read.text, bom: read.bom };
}
