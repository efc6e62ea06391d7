// @ts-check
// Plain JavaScript, so that the reader thread (scripts/chunks/read-worker.mjs) starts in milliseconds,
// without the TypeScript loader; the build's TypeScript imports it too.
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
export function readInto(path, buffer, offset, max) {
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    for (let n = -1; n !== 0 && length <= max; length += n) n = readSync(fd, buffer, offset + length, max + 1 - length, null);
    return length > max ? -fstatSync(fd).size : length;
  } finally {
    closeSync(fd);
  }
}
