import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problem.js';

/** The record files of the dataset, known before any is read. */
export interface RecordListing {
  /** Per table, its .json file names, in id order (a record's file name is its id). */
  files: Map<string, string[]>;
  /** Per table, the ids its files stand for: what a reference must name to resolve. */
  ids: Map<string, Set<string>>;
  /** Folders that are not tables and files that are not .json records. */
  problems: Problem[];
}

export const stemOf = (name: string): string => name.slice(0, -'.json'.length);

/**
 * Lists data/<table>/*.json in id order. Sorted by code unit, so that neither the file system's order
 * nor the locale changes anything downstream; by id, not by file name ("dprk-mfa.json" sorts before
 * "dprk.json", but "dprk" before "dprk-mfa").
 */
export function listRecords(root: string, tables: string[]): RecordListing {
  const files = new Map<string, string[]>();
  const ids = new Map<string, Set<string>>();
  const problems: Problem[] = [];
  const dataDir = join(root, 'data');
  if (existsSync(dataDir)) {
    for (const entry of readdirSync(dataDir).sort()) {
      if (!tables.includes(entry) && statSync(join(dataDir, entry)).isDirectory()) {
        problems.push({ file: `data/${entry}`, pointer: '', message: `is not a table of the dataset (tables: ${tables.join(', ')})` });
      }
    }
  }
  for (const table of tables) {
    const dir = join(dataDir, table);
    const stems: string[] = [];
    if (existsSync(dir)) {
      // Unsorted here: the stems are sorted below, and problems are sorted when reported.
      for (const name of readdirSync(dir)) {
        if (name.endsWith('.json')) stems.push(stemOf(name));
        else problems.push({ file: `data/${table}/${name}`, pointer: '', message: 'is not a .json record file' });
      }
    }
    // Default sort: by UTF-16 code unit, as ids compare everywhere else.
    stems.sort();
    files.set(table, stems.map((stem) => `${stem}.json`));
    ids.set(table, new Set(stems));
  }
  return { files, ids, problems };
}
