import { lstatSync, readdirSync, type Dirent, type Stats } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../closest.js';
import { pointerOf, sortProblems, type Problem } from '../problem.js';
import { entryKind, outsideData, readRecord } from './read-raw.mjs';
import { compareVersions, VERSION } from './version.js';
import { isObject } from '../is-object.js';

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
  /** The releases read, in release order (by version, oldest first). */
  versions: readonly string[];
  /** In release order (by version, oldest first), then as each file lists them. */
  frozen: readonly FrozenId[];
  /** By id: ids are unique across the whole dataset, so a retired id is retired in every table. */
  retired: ReadonlyMap<string, RetiredId>;
  /**
   * Whether the retirements are all known: false when releases/retired.json could not be read as a
   * list, since any id missing from the data may be retired there (its problem is reported instead).
   */
  retiredKnown: boolean;
  /** Whatever in releases/ cannot be read as a release (file, pointer, what is wrong, how to fix it). */
  problems: readonly Problem[];
}

export const NO_RELEASES: Releases = { versions: [], frozen: [], retired: new Map(), retiredKnown: true, problems: [] };

/** A size limit for the release files: a snapshot of 642 ids is 40 KiB; this holds about 100,000. */
const MAX_RELEASE_FILE_BYTES = 8 * 1024 * 1024;

/** Where retirements are recorded. */
export const RETIRED = 'releases/retired.json';
const RETIREMENT_KEYS = ['id', 'table', 'retired_in', 'reason', 'replaced_by'];
const RETIREMENT = '{ "id", "table", "retired_in", "reason", "replaced_by" (if any) }';

/** How to put right a release's ids.json: it is written once, by npm run release:ids, and never edited. */
export const restore = (file: string): string =>
  `restore it as the release wrote it, from version control (git log -- ${file}): a release's ids are written once, by npm run release:ids, and never edited`;

const code = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? String(err);

/**
 * A release file read by the rules of record files (a regular file, never followed or waited on, within
 * a size limit, UTF-8, strict JSON without duplicate keys), or its problems, worded for a release file.
 * fix: how to put it right, where the reading's own advice is meant for records.
 */
function readReleaseFile(root: string, file: string, fix: (readFix: string | undefined) => string): { data: unknown } | { problems: Problem[] } {
  const read = readRecord(join(root, file), MAX_RELEASE_FILE_BYTES);
  if (!read.problems) return { data: read.data };
  return {
    problems: read.problems.map((p) => ({
      file,
      pointer: p.pointer,
      message: outsideData(p.message).replace(/ for one record$/, ' for a release file'),
      fix: fix(/^is not valid (JSON|UTF-8)|^duplicate key/.test(p.message) ? p.fix : undefined),
    })),
  };
}

/** An entry of releases/ as lstat sees it (a link is a link): its stats, nothing if it does not exist, or the problem looking. */
function look(path: string, file: string): { stats?: Stats; problem?: Problem } {
  try {
    return { stats: lstatSync(path) };
  } catch (err) {
    return code(err) === 'ENOENT' || code(err) === 'ENOTDIR' ? {} : { problem: { file, pointer: '', message: `cannot be read (${code(err)})` } };
  }
}

/** One release's frozen ids (releases/<version>/ids.json: { table: { id: hash } }), added to frozen, or its problems. */
function readSnapshot(root: string, release: string, frozen: FrozenId[], problems: Problem[]): void {
  const file = `releases/${release}/ids.json`;
  const read = readReleaseFile(root, file, () => restore(file));
  if ('problems' in read) {
    problems.push(...read.problems);
    return;
  }
  const snapshot = read.data;
  const shape = (pointer: string, message: string) => problems.push({ file, pointer, message, fix: restore(file) });
  if (!isObject(snapshot)) {
    shape('', 'must be an object of tables, each an object of ids and their records\' hashes ({ "<table>": { "<id>": "<hash>" } })');
    return;
  }
  for (const [table, ids] of Object.entries(snapshot)) {
    if (!isObject(ids)) {
      shape(pointerOf(table), 'must be an object of ids and their records\' hashes ({ "<id>": "<hash>" })');
      continue;
    }
    for (const [id, hash] of Object.entries(ids)) {
      // The id is frozen whatever its hash: a damaged hash must not release the id from its promise.
      frozen.push({ release, table, id });
      if (typeof hash !== 'string') shape(pointerOf(table, id), "must be the record's hash (a string)");
    }
  }
}

/**
 * releases/retired.json: a list of { id, table, retired_in, reason, replaced_by }. Every entry that
 * names an id (a string) retires it, even if the entry has other problems, so that a slip in one
 * entry is reported once instead of as every id it retires gone missing.
 */
function readRetired(root: string, problems: Problem[]): { retired: Map<string, RetiredId>; known: boolean } {
  const retired = new Map<string, RetiredId>();
  const shapeFix = `make it a list with one entry ${RETIREMENT} per retired id ([] when none is)`;
  const read = readReleaseFile(root, RETIRED, (readFix) => readFix ?? shapeFix);
  if ('problems' in read) {
    problems.push(...read.problems);
    return { retired, known: false };
  }
  const list = read.data;
  if (!Array.isArray(list)) {
    problems.push({ file: RETIRED, pointer: '', message: `must be a list of retirements ${RETIREMENT}`, fix: shapeFix });
    return { retired, known: false };
  }
  const firstAt = new Map<string, number>();
  const add = (pointer: string, message: string, fix: string) => problems.push({ file: RETIRED, pointer, message, fix });
  list.forEach((entry, i) => {
    if (!isObject(entry)) {
      add(pointerOf(i), `must be a retirement ${RETIREMENT}`, `write the entry as ${RETIREMENT}, or remove it`);
      return;
    }
    for (const key of Object.keys(entry).filter((k) => !RETIREMENT_KEYS.includes(k))) {
      const meant = closest(key, RETIREMENT_KEYS);
      add(
        pointerOf(i, key),
        `is not a property of a retirement (unknown key "${key}")`,
        `${meant ? `did you mean "${meant}"? If not, ` : ''}remove it: a retirement has ${RETIREMENT_KEYS.join(', ')}`,
      );
    }
    const text = (key: string, what: string, required: boolean, valid: (v: string) => boolean = (v) => v !== '') => {
      const value = entry[key];
      if (value === undefined && !required) return;
      if (typeof value !== 'string' || !valid(value)) add(pointerOf(i, key), `must be ${what}`, `write ${what} as a string`);
    };
    text('id', 'the retired id', true);
    text('table', 'the table the id was in', true);
    text('retired_in', 'the version that retired it (MAJOR.MINOR.PATCH)', true, (v) => VERSION.test(v));
    text('reason', 'why it was retired', false);
    text('replaced_by', 'the id that replaces it', false);
    if (typeof entry.id !== 'string') return;
    const first = firstAt.get(entry.id);
    if (first !== undefined) {
      add(pointerOf(i, 'id'), `retires "${entry.id}" again (first at /${first})`, 'keep one of the two entries');
      return;
    }
    firstAt.set(entry.id, i);
    retired.set(entry.id, entry as unknown as RetiredId);
  });
  return { retired, known: true };
}

/**
 * The releases of the project at root: every releases/<version>/ids.json ({ table: { id: hash } })
 * and releases/retired.json (a list of { id, table, retired_in, ... }). A project without releases/
 * (a new dataset, the benchmark's synthetic one) has promised nothing. Whatever would be read as a
 * release is read whole by the rules of record files, or reported (never thrown, never followed if a
 * link, never waited on if a FIFO), each problem with its file, pointer and fix: a folder named as a
 * version, or holding an ids.json, is a release and must hold its ids.json; a release folder is named
 * as its version. Anything else in releases/ (notes, a README) is left alone.
 */
export function readReleases(root: string): Releases {
  const dir = join(root, 'releases');
  const problems: Problem[] = [];
  const { stats: top, problem } = look(dir, 'releases');
  if (problem) return { ...NO_RELEASES, retiredKnown: false, problems: [problem] };
  if (top === undefined) return NO_RELEASES;
  if (!top.isDirectory())
    return {
      ...NO_RELEASES,
      retiredKnown: false,
      problems: [
        {
          file: 'releases',
          pointer: '',
          message: `is ${entryKind(top)}: the releases' ids are read only from a real folder releases/`,
          fix: 'replace it with the folder itself (releases/<version>/ids.json, releases/retired.json)',
        },
      ],
    };
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    return { ...NO_RELEASES, retiredKnown: false, problems: [{ file: 'releases', pointer: '', message: `cannot be listed (${code(err)})` }] };
  }
  const frozen: FrozenId[] = [];
  const releases: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const folder = `releases/${e.name}`;
    if (e.name.includes('\ufffd')) {
      // Node decodes a name that is not UTF-8 with U+FFFD, and that name opens nothing: said, not passed over.
      problems.push({
        file: folder,
        pointer: '',
        message: 'has a name that is not valid UTF-8 (or holds U+FFFD), which no version can be',
        fix: 'rename it to the version it froze (releases/<version>/), or move it out of releases/',
      });
      continue;
    }
    const named = VERSION.test(e.name);
    if (!e.isDirectory()) {
      // A file or link named as a version stands where a release folder would: said, not passed over.
      if (named)
        problems.push({
          file: folder,
          pointer: '',
          message: `is ${entryKind(e)}: a release is a real folder releases/<version>/ holding its ids.json`,
          fix: `replace it with the release's folder itself (${folder}/ids.json)`,
        });
      continue;
    }
    const { stats: ids, problem: unseen } = look(join(dir, e.name, 'ids.json'), `${folder}/ids.json`);
    if (unseen) problems.push(unseen);
    else if (ids !== undefined && !named)
      problems.push({
        file: folder,
        pointer: '',
        message: 'holds an ids.json but is not named as a version (MAJOR.MINOR.PATCH): a release folder is named after the version it froze',
        fix: `rename it to the version whose ids it holds (releases/<version>/), or move ids.json out of releases/`,
      });
    else if (ids === undefined && named)
      problems.push({
        file: `${folder}/ids.json`,
        pointer: '',
        message: `is missing: every release freezes its ids there, and without it the ids of ${e.name} would be kept by nothing`,
        fix: restore(`${folder}/ids.json`),
      });
    else if (ids !== undefined) releases.push(e.name);
  }
  releases.sort(compareVersions);
  for (const release of releases) readSnapshot(root, release, frozen, problems);
  let retired = new Map<string, RetiredId>();
  let retiredKnown = true;
  const entry = entries.find((e) => e.name === 'retired.json');
  if (entry) ({ retired, known: retiredKnown } = readRetired(root, problems));
  return { versions: releases, frozen, retired, retiredKnown, problems: sortProblems(problems) };
}
