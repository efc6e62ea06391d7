import { relative } from 'node:path';
import { printable } from './printable.js';

/** Plain words for the errors a file system gives, so that the one-line message says what to do. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EFBIG: 'file too large',
  EDQUOT: 'disk quota exceeded',
  EMFILE: 'too many open files',
  ENOENT: 'no such file or folder',
  EISDIR: 'is a folder',
  ENOTDIR: 'not a folder',
  EBUSY: 'busy',
  EIO: 'input/output error',
};

/** An error of a command, as one line: the path it concerns (relative to the checkout) and why. */
export function failureLine(command: string, err: unknown, root?: string): string {
  if (typeof err === 'string') return `${command} failed: ${printable(err)}`;
  const e = err as NodeJS.ErrnoException & { dest?: string };
  if (e?.code && e.path) {
    const where = (p: string) => (root ? relative(root, p) || '.' : p);
    const target = e.dest ? `${where(e.path)} -> ${where(e.dest)}` : where(e.path);
    return `${command} failed: ${printable(target)}: ${REASONS[e.code] ?? e.code} (${e.code} in ${e.syscall ?? 'fs'})`;
  }
  return `${command} failed: ${printable(String(e?.message ?? err).split('\n')[0]!)}`;
}

/**
 * Prints the failure as one line (the stack only with DEBUG set, for bugs) and exits 1. Used at the
 * top of a command, after its own clean-up.
 */
export function exitWithFailure(command: string, err: unknown, root?: string): never {
  console.error(failureLine(command, err, root));
  if (process.env.DEBUG && err instanceof Error) console.error(err.stack);
  process.exit(1);
}
