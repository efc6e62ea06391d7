import { accessSync, constants, copyFileSync, lstatSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { entryKind, kindAt, outsideData, readRecord } from '../load/read-raw.mjs';
import { ownerAlive } from './checkout-lock.js';
import { pauseForTests } from './test-pause.js';

/**
 * The all-or-nothing step that puts a build's outputs in place. A staging folder `.build-<pid>/` at
 * the checkout's root holds `new/<target>` for every target (dist/ and each generated document) and
 * an OWNER file. To commit, a journal (COMMIT, naming the targets) is written first; then each
 * target is moved to `old/<target>` (a document is copied there, then replaced by one rename) and
 * `new/<target>` renamed into its place. Every step is a rename within one file system, and each is
 * visible from what is left, so a build killed anywhere in the swap is finished by the next build
 * (roll forward when the journal is there), and a swap that fails is undone (roll back).
 */
export const STAGING_PREFIX = '.build-';
const JOURNAL = 'COMMIT';
const OWNER = 'OWNER';

interface Journal {
  targets: string[];
}

/** writeFileSync, but a failed write (ENOSPC) names its file: writeSync's error on the descriptor does not. */
export function writeFileNamed(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data);
  } catch (err) {
    throw Object.assign(err as NodeJS.ErrnoException, { path: (err as NodeJS.ErrnoException).path ?? path });
  }
}

export const stagingDir = (root: string, pid = process.pid): string => join(root, `${STAGING_PREFIX}${pid}`);

export function writeOwner(stage: string, owner: { pid: number; start: string | null }): void {
  writeFileNamed(join(stage, OWNER), `${JSON.stringify(owner)}\n`);
}

const exists = (path: string): boolean => kindAt(path) !== undefined;

/**
 * Refuses, before anything moves, a swap that could not be finished: the root and every folder of
 * the old dist/ must be writable, or the old tree could be moved aside but never deleted. (Root
 * ignores permissions, so for root this passes and the swap goes through.)
 */
export function checkSwappable(root: string, targets: string[]): void {
  accessSync(root, constants.W_OK | constants.X_OK);
  const walk = (dir: string) => {
    accessSync(dir, constants.W_OK | constants.X_OK);
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) walk(join(dir, entry.name));
  };
  for (const t of targets) {
    const path = join(root, t);
    if (!exists(path)) continue;
    const stats = lstatSync(path);
    // Only what a build put there is replaced: a link (dist -> elsewhere) or a FIFO is refused as what it is.
    if (!stats.isDirectory() && !stats.isFile()) throw new Error(`${t} is ${entryKind(stats)}: a build replaces only a real folder or file there; remove it`);
    if (stats.isDirectory()) walk(path);
  }
}

/** Moves every staged target into place (idempotent: finishes a swap that was cut short). */
function rollForward(root: string, stage: string, targets: string[]): void {
  let first = true;
  for (const t of targets) {
    const fresh = join(stage, 'new', t);
    const old = join(stage, 'old', t);
    const live = join(root, t);
    if (!exists(fresh)) continue;
    if (exists(live) && !exists(old)) {
      if (lstatSync(live).isDirectory()) renameSync(live, old);
      else {
        // A document is copied aside and then replaced in one rename, so it is never missing.
        copyFileSync(live, `${old}.tmp`);
        renameSync(`${old}.tmp`, old);
      }
    }
    // Test hook: a kill after the first target was moved aside.
    if (first) pauseForTests('DATASET_TEST_PAUSE_IN_SWAP_MS', 'swap');
    first = false;
    renameSync(fresh, live);
  }
}

/** Puts back every target the swap already replaced or moved aside. */
function rollBack(root: string, stage: string, targets: string[]): void {
  for (const t of [...targets].reverse()) {
    const fresh = join(stage, 'new', t);
    const old = join(stage, 'old', t);
    const live = join(root, t);
    if (!exists(old)) continue;
    // A folder in place while its old one is aside is the new one: back to new/ with it.
    if (lstatSync(old).isDirectory() && exists(live)) {
      if (exists(fresh)) continue;
      renameSync(live, fresh);
    }
    renameSync(old, live);
  }
}

/** Commits a staging folder: journal, then the swap (on failure: undone, all old, error rethrown). */
export function commitStaged(root: string, stage: string, targets: string[]): void {
  checkSwappable(root, targets);
  writeFileNamed(join(stage, `${JOURNAL}.tmp`), `${JSON.stringify({ targets } satisfies Journal)}\n`);
  renameSync(join(stage, `${JOURNAL}.tmp`), join(stage, JOURNAL));
  swapOrUndo(root, stage, targets);
  rmSync(stage, { recursive: true, force: true });
}

/** Rolls the swap forward; if a step fails, undoes it and drops the journal (all old again), and rethrows. */
function swapOrUndo(root: string, stage: string, targets: string[]): void {
  try {
    rollForward(root, stage, targets);
  } catch (err) {
    rollBack(root, stage, targets);
    rmSync(join(stage, JOURNAL), { force: true });
    throw err;
  }
}

/** The most a staging folder's OWNER or journal can hold: a few hundred bytes when a build wrote them. */
const MAX_NOTE_BYTES = 64 * 1024;

/** The pid and start time a staging folder was made by, or undefined when unknown (made by an older build). */
function ownerOf(stage: string): { pid: number; start: string | null } | undefined {
  // Read as a record file is (regular file only, never followed, never blocking on a FIFO).
  const read = readRecord(join(stage, OWNER), MAX_NOTE_BYTES);
  const owner = read.problems === undefined ? (read.data as { pid?: unknown; start?: unknown } | null) : undefined;
  return owner && typeof owner.pid === 'number' && (typeof owner.start === 'string' || owner.start === null)
    ? { pid: owner.pid, start: owner.start }
    : undefined;
}

/** A target of the swap: a file or folder right in the checkout's root (dist, CODEBOOK.md), never a path out of it. */
const TARGET = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * The targets a staging folder's journal names. A journal a build did not write (not a regular
 * file, not JSON, or naming anything but a plain name in the root) is refused in one line: rolled
 * forward, it would move files named by whoever wrote it, anywhere.
 */
function journalTargets(root: string, stage: string): string[] {
  const path = join(stage, JOURNAL);
  const read = readRecord(path, MAX_NOTE_BYTES);
  const targets = read.problems === undefined ? (read.data as Partial<Journal> | null)?.targets : undefined;
  if (!Array.isArray(targets) || !targets.every((t) => typeof t === 'string' && TARGET.test(t))) {
    // (A record file's advice on what to put in its place does not apply here.)
    const why = (read.problems && outsideData(read.problems[0]!.message, '')) ?? 'does not list the targets of a swap (plain names in the root)';
    throw new Error(`${relative(root, path)} ${why}: it is not a journal a build wrote; look at ${relative(root, stage)}/ and delete it`);
  }
  return targets;
}

/**
 * Finishes or drops what builds that died left behind: a staging folder with its journal is rolled
 * forward (the build had decided to commit), one without is deleted. Called while holding the
 * checkout's lock; even so, a staging folder whose owner is still alive is never touched. Only a real
 * folder is a staging folder: anything else under that name (a link, a FIFO) is removed, never
 * followed.
 */
export function recoverInterrupted(root: string): void {
  for (const name of readdirSync(root)) {
    const m = /^\.build-(\d+)$/.exec(name);
    if (!m) continue;
    const stage = join(root, name);
    if (!lstatSync(stage).isDirectory()) {
      rmSync(stage, { force: true });
      continue;
    }
    const owner = ownerOf(stage) ?? { pid: Number(m[1]), start: null };
    if (owner.pid === process.pid || ownerAlive(owner)) continue;
    if (exists(join(stage, JOURNAL))) swapOrUndo(root, stage, journalTargets(root, stage));
    rmSync(stage, { recursive: true, force: true });
  }
}
