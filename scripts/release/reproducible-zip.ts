import { zipSync, type Zippable } from 'fflate';

/**
 * The zip's one timestamp, 1980-01-01 00:00 (the first date a zip can hold). fflate writes DOS time
 * from a Date's local-time fields, so the Date is made from local fields too: whatever the time
 * zone, the fields written are these. (A UTC instant would read as 1979-12-31 west of Greenwich.)
 */
const DOS_EPOCH = (): Date => new Date(1980, 0, 1, 0, 0, 0);

/** Sorted by UTF-16 code unit, not by locale, so that entry order never depends on the machine. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A zip of the given files with the same bytes on every machine: entries in code-unit order, one
 * fixed timestamp, no extra fields, fixed compression level.
 */
export function reproducibleZip(files: Map<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  const mtime = DOS_EPOCH();
  for (const path of [...files.keys()].sort(byCodeUnit)) zippable[path] = [files.get(path)!, { mtime }];
  return zipSync(zippable, { level: 9 });
}
