import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { outsideData, readRecord } from './read-raw.mjs';

/** An id a past release froze: it must keep its record, or be retired (README, Versioning). */
export interface FrozenId {
  release: string;
  table: string;
  id: string;
}

/** An entry of releases/retired.json: an id removed on purpose, never to be used again. */
export interface RetiredId {
  id: string;
  table: string;
  retired_in: string;
  reason?: string;
  replaced_by?: string;
}

/** What past releases promise: the ids each froze (releases/<version>/ids.json) and those retired since. */
export interface Releases {
  frozen: readonly FrozenId[];
  /** By id: ids are unique across the whole dataset, so a retired id is retired in every table. */
  retired: ReadonlyMap<string, RetiredId>;
}

export const NO_RELEASES: Releases = { frozen: [], retired: new Map() };

/** A size limit for the release files: a snapshot of 642 ids is 40 KiB; this holds about 100,000. */
const MAX_RELEASE_FILE_BYTES = 8 * 1024 * 1024;

/** A release file by the rules of record files (a regular file, strict JSON), or an error naming it. */
function readReleaseFile(root: string, file: string): unknown {
  const read = readRecord(join(root, file), MAX_RELEASE_FILE_BYTES);
  if (read.problems) throw new Error(`${file} ${read.problems[0]!.pointer || '/'}: ${outsideData(read.problems[0]!.message)}`);
  return read.data;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The releases of the project at root: every releases/<version>/ids.json ({ table: { id: hash } })
 * and releases/retired.json (a list of { id, table, retired_in, ... }). A project without releases/
 * (a new dataset, the benchmark's synthetic one) has promised nothing. A file of another shape is
 * refused in one line naming it.
 */
export function readReleases(root: string): Releases {
  const dir = join(root, 'releases');
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return NO_RELEASES;
    throw err;
  }
  const frozen: FrozenId[] = [];
  for (const e of entries.filter((x) => x.isDirectory()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = `releases/${e.name}/ids.json`;
    if (!readdirSync(join(dir, e.name)).includes('ids.json')) continue;
    const snapshot = readReleaseFile(root, file);
    if (!isObject(snapshot) || !Object.values(snapshot).every(isObject)) throw new Error(`${file} /: must be an object of tables, each an object of ids`);
    for (const [table, ids] of Object.entries(snapshot)) for (const id of Object.keys(ids as object)) frozen.push({ release: e.name, table, id });
  }
  const retired = new Map<string, RetiredId>();
  if (entries.some((e) => e.name === 'retired.json')) {
    const list = readReleaseFile(root, 'releases/retired.json');
    if (!Array.isArray(list)) throw new Error('releases/retired.json /: must be a list of { "id", "table", "retired_in", "reason" }');
    list.forEach((r, i) => {
      if (!isObject(r) || typeof r.id !== 'string' || typeof r.table !== 'string' || typeof r.retired_in !== 'string')
        throw new Error(`releases/retired.json /${i}: must have "id", "table" and "retired_in" (strings)`);
      retired.set(r.id, r as unknown as RetiredId);
    });
  }
  return { frozen, retired };
}
