// @ts-check
// Plain JavaScript: the launcher (launch.mjs) imports it before anything is bundled.
import { lstatSync, mkdirSync } from 'node:fs';

/**
 * A folder only this user can write, created if missing (mode 0700), for code that will be run from
 * it: in a shared temporary folder, another user could create it first and leave a bundle there to
 * be run in this user's name. Returns the folder, or throws naming it when it is a link, not a folder,
 * another user's, or writable by others. (Windows has neither owners nor these mode bits to check.)
 * @param {string} dir
 */
export function privateFolder(dir) {
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EEXIST') throw err;
  }
  const stats = lstatSync(dir);
  const uid = process.getuid?.();
  const why = !stats.isDirectory()
    ? 'is not a folder'
    : uid !== undefined && stats.uid !== uid
      ? `belongs to another user (uid ${stats.uid})`
      : process.platform !== 'win32' && (stats.mode & 0o022) !== 0
        ? 'can be written by other users'
        : undefined;
  if (why) throw new Error(`${dir} ${why}: code is run from it only when it is this user's alone; remove it`);
  return dir;
}
