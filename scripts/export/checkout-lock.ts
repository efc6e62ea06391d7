import { closeSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openRegularFile } from '../load/read-raw.mjs';
import { printable } from '../printable.js';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * One build (or release) at a time per checkout. The lock is a file created with O_EXCL, so exactly
 * one process creates it; it names its owner by pid and start time, so that a lock left by a process
 * that died is recognised and taken over (a pid reused by another program does not keep it alive).
 * Written by hand rather than with proper-lockfile: that library judges staleness by the lock's age,
 * which needs a heartbeat and a threshold, where the owner's pid and start time answer exactly.
 */
export const LOCK_FILE = '.build.lock';

interface Owner {
  pid: number;
  start: string | null;
  host: string;
  command: string;
  since: string;
}

/** A process's start time in clock ticks since boot (Linux /proc), or null where that is not known. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may itself hold spaces or ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether the process that wrote `owner` still runs: same pid, and the same start time where known. */
export function ownerAlive(owner: { pid: number; start: string | null; host?: string }): boolean {
  // A lock from another machine (a checkout on a shared disk) cannot be judged from here.
  if (owner.host !== undefined && owner.host !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStart(owner.pid);
  return owner.start === null || start === null || start === owner.start;
}

/** Something not made by a build sits where the lock or its take-over marker goes. */
class NotALockFile extends Error {}

/**
 * The text of a small file of the lock's (the lock, a take-over marker), or 'gone'. Anything but a
 * regular file there was not made by a build: it is refused in one line, never followed or waited on.
 */
function readLockText(path: string): string | 'gone' {
  let opened: ReturnType<typeof openRegularFile>;
  try {
    opened = openRegularFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    throw err;
  }
  if (opened.kind !== undefined) throw new NotALockFile(`${basename(path)} is ${opened.kind}, not a lock file of a build: delete it`);
  try {
    return readFileSync(opened.fd, 'utf8');
  } finally {
    closeSync(opened.fd);
  }
}

function readOwner(path: string): Owner | 'unreadable' | 'gone' {
  let text: string;
  try {
    text = readLockText(path);
  } catch (err) {
    // Not a regular file: said in one line by the command that met it.
    if (err instanceof NotALockFile) throw err;
    return 'unreadable';
  }
  if (text === 'gone') return 'gone';
  try {
    const o = JSON.parse(text);
    return typeof o.pid === 'number' ? o : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Creates the file only if it does not exist (O_EXCL); false if it does. */
function createExclusive(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    // Whole (writeFileSync writes again after a short write), or not at all: a lock this process
    // created but could not fill (a full disk) is removed, not left for the next build to wait on.
    writeFileSync(fd, text);
  } catch (err) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw Object.assign(err as NodeJS.ErrnoException, { path: (err as NodeJS.ErrnoException).path ?? path });
  }
  closeSync(fd);
  return true;
}

/** A lock file still empty or half-written this long after its creation was left by a crash. */
const UNREADABLE_GRACE_MS = 10_000;

/**
 * Removes a lock whose owner is dead. Two processes may find the same dead lock: only the one that
 * creates the marker named after the dead owner removes it, and only if the lock still names that
 * owner, so a lock taken over meanwhile by a live build is never removed.
 */
function takeOver(path: string, dead: string): void {
  const marker = `${path}.takeover-${dead}`;
  if (!createExclusive(marker, `${process.pid}\n`)) {
    // Left by a process that died while taking over: the next attempt may try again.
    try {
      const text = readLockText(marker);
      if (text !== 'gone' && !ownerAlive({ pid: Number(text), start: null })) rmSync(marker, { force: true });
    } catch (err) {
      if (err instanceof NotALockFile) throw err;
    }
    return;
  }
  try {
    const now = readOwner(path);
    const key = now === 'unreadable' ? 'unreadable' : now === 'gone' ? undefined : `${now.pid}-${now.start}`;
    if (key === dead) rmSync(path, { force: true });
  } finally {
    rmSync(marker, { force: true });
  }
}

export interface LockOptions {
  /** How long to wait for a live owner to finish before refusing (default DATASET_LOCK_WAIT_MS or 60 s). */
  waitMs?: number;
  /** Told once when the lock is held by another live process and this one waits. */
  onWait?: (message: string) => void;
}

/** Thrown when the lock stays held by a live process for longer than the wait. */
export class LockBusyError extends Error {}

const DEFAULT_WAIT_MS = 60_000;

/**
 * DATASET_LOCK_WAIT_MS as a number of milliseconds (60 s when unset). Anything else is refused:
 * "abc" would otherwise be NaN, and a deadline of NaN is never reached, so the build would wait forever.
 */
export function lockWaitFromEnvironment(value = process.env.DATASET_LOCK_WAIT_MS): number {
  if (value === undefined || value === '') return DEFAULT_WAIT_MS;
  const ms = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(ms))
    throw new Error(`DATASET_LOCK_WAIT_MS must be a whole number of milliseconds, not ${JSON.stringify(value)}`);
  return ms;
}

/** Takes the checkout's lock (waiting a bounded time for a live owner) and returns its release. */
export async function acquireCheckoutLock(root: string, command: string, options: LockOptions = {}): Promise<() => void> {
  const path = join(root, LOCK_FILE);
  const waitMs = options.waitMs ?? lockWaitFromEnvironment();
  const me: Owner = { pid: process.pid, start: processStart(process.pid), host: hostname(), command, since: new Date().toISOString() };
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    if (createExclusive(path, `${JSON.stringify(me)}\n`)) {
      const release = () => {
        process.off('exit', release);
        // Released only if still ours (never another's, should ours have been taken over wrongly).
        let now: ReturnType<typeof readOwner>;
        try {
          now = readOwner(path);
        } catch {
          return;
        }
        if (now !== 'unreadable' && now !== 'gone' && now.pid === me.pid && now.start === me.start) rmSync(path, { force: true });
      };
      // process.exit() skips finally blocks; the lock goes all the same.
      process.on('exit', release);
      return release;
    }
    const owner = readOwner(path);
    if (owner === 'gone') continue;
    if (owner === 'unreadable') {
      let age = 0;
      try {
        age = Date.now() - statSync(path).mtimeMs;
      } catch {}
      if (age > UNREADABLE_GRACE_MS) {
        takeOver(path, 'unreadable');
        continue;
      }
    } else if (!ownerAlive(owner)) {
      takeOver(path, `${owner.pid}-${owner.start}`);
      continue;
    }
    // The lock file's words are escaped: whoever wrote it cannot colour the terminal or print a line of their own.
    const who = owner === 'unreadable' ? 'another process' : printable(`${owner.command ?? 'build'} (pid ${owner.pid}, since ${owner.since ?? '?'})`);
    if (Date.now() >= deadline) {
      throw new LockBusyError(`${LOCK_FILE} is held by ${who}; waited ${Math.round(waitMs / 1000)} s. If no build is running, delete ${LOCK_FILE}`);
    }
    if (!told) options.onWait?.(`waiting for ${who} to finish (${LOCK_FILE})`);
    told = true;
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs fn holding the checkout's lock; the lock is released however fn ends. */
export async function withCheckoutLock<T>(root: string, command: string, fn: () => Promise<T>, options?: LockOptions): Promise<T> {
  const release = await acquireCheckoutLock(root, command, { onWait: (m) => console.error(`${command}: ${m}`), ...options });
  try {
    return await fn();
  } finally {
    release();
  }
}
