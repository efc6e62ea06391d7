import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { closest } from '../closest.js';
import type { Problem } from '../problem.js';
import { entryKind, notRegularFile } from './read-raw.mjs';

/** The record files of the dataset, known before any is read. */
export interface RecordListing {
  /** Per table, its .json file names, in id order (a record's file name is its id); only regular files. */
  files: Map<string, string[]>;
  /** Per table, the ids its .json entries stand for: what a reference must name to resolve. */
  ids: Map<string, Set<string>>;
  /** Whatever is not a readable table of regular .json record files, and tables without records. */
  problems: Problem[];
  /**
   * A table could not be listed (data/ or the table's folder is missing, not a folder, unreadable or
   * empty): checking records against an incomplete listing would only add a dangling reference for
   * every id of the missing table, so the build reports the listing's problems alone.
   */
  incomplete: boolean;
}

export const stemOf = (name: string): string => name.slice(0, -'.json'.length);

const code = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? String(err);

/** A folder's entries with their types as lstat sees them (a link is a link), or the problem listing it. */
function entries(dir: string, file: string): Dirent[] | Problem {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    return { file, pointer: '', message: `cannot be listed (${code(err)})` };
  }
}

/** Whether data/ itself is a real folder: the problem if not. */
function dataFolderProblem(dataDir: string): Problem | undefined {
  try {
    const stats = lstatSync(dataDir);
    return stats.isDirectory() ? undefined : { file: 'data', pointer: '', message: `is ${entryKind(stats)}: the records live in a real folder data/` };
  } catch (err) {
    return {
      file: 'data',
      pointer: '',
      message: code(err) === 'ENOENT' ? 'is missing: the dataset has no records (data/<table>/<id>.json)' : `cannot be read (${code(err)})`,
    };
  }
}

/**
 * Lists data/<table>/*.json in id order. Only regular files are records, and only real folders are
 * tables: the type of each entry is the one lstat gives (readdir's), checked before anything is
 * opened, so a symbolic link, FIFO, device or socket is refused by name and never read. Every table
 * must hold at least one record. Sorted by code unit, so that neither the file system's order nor the
 * locale changes anything downstream; by id, not by file name ("dprk-mfa.json" sorts before
 * "dprk.json", but "dprk" before "dprk-mfa").
 */
export function listRecords(root: string, tables: string[]): RecordListing {
  const files = new Map<string, string[]>();
  const ids = new Map<string, Set<string>>();
  const problems: Problem[] = [];
  let incomplete = false;
  const dataDir = join(root, 'data');
  const dataProblem = dataFolderProblem(dataDir);
  const top = dataProblem ?? entries(dataDir, 'data');
  if (!Array.isArray(top)) problems.push(top);
  const topEntries = new Map((Array.isArray(top) ? top : []).map((e) => [e.name, e]));
  for (const entry of [...topEntries.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (tables.includes(entry.name)) continue;
    const meant = closest(entry.name, tables);
    problems.push({
      file: `data/${entry.name}`,
      pointer: '',
      message: `is not a table of the dataset (tables: ${tables.join(', ')})`,
      fix: meant
        ? `did you mean data/${meant}/? Move its records there, and anything else out of data/`
        : 'move each record into the folder of its table (data/<table>/), and anything else out of data/',
    });
  }
  for (const table of tables) {
    const file = `data/${table}`;
    const entry = topEntries.get(table);
    const stems: string[] = [];
    const regular: string[] = [];
    if (entry && !entry.isDirectory()) {
      problems.push({ file, pointer: '', message: `is ${entryKind(entry)}: a table is a real folder of .json record files` });
    } else if (entry) {
      const listed = entries(join(dataDir, table), file);
      if (!Array.isArray(listed)) problems.push(listed);
      // Unsorted here: the stems are sorted below, and problems are sorted when reported.
      for (const e of Array.isArray(listed) ? listed : []) {
        const path = `${file}/${e.name}`;
        if (!e.name.endsWith('.json'))
          problems.push({
            file: path,
            pointer: '',
            message: 'is not a .json record file',
            fix: e.name.toLowerCase().endsWith('.json')
              ? `rename it to ${e.name.slice(0, -'.json'.length).toLowerCase()}.json (a record's file is named <id>.json, all lowercase)`
              : `move it out of data/: data/${table}/ holds only <id>.json record files`,
          });
        else if (e.name.includes('\ufffd'))
          // Node decodes a name that is not UTF-8 with U+FFFD, and that name opens nothing (ENOENT).
          problems.push({
            file: path,
            pointer: '',
            message: 'has a name that is not valid UTF-8 (or holds U+FFFD), which no id can be',
            fix: 'rename it to <id>.json (an id is a-z, 0-9 and single hyphens)',
          });
        else {
          // Its id counts even if it cannot be read, so that references to it are not reported twice.
          stems.push(stemOf(e.name));
          if (e.isFile()) regular.push(stemOf(e.name));
          else problems.push({ file: path, pointer: '', message: notRegularFile(entryKind(e)) });
        }
      }
    }
    if (stems.length === 0) {
      incomplete = true;
      if (!dataProblem && !problems.some((p) => p.file === file))
        problems.push({ file, pointer: '', message: `has no records: every table holds at least one (data/${table}/<id>.json)` });
    }
    // Default sort: by UTF-16 code unit, as ids compare everywhere else.
    stems.sort();
    regular.sort();
    files.set(
      table,
      regular.map((stem) => `${stem}.json`),
    );
    ids.set(table, new Set(stems));
  }
  return { files, ids, problems, incomplete };
}
