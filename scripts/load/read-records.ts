import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../problem.js';

/** A record file's size limit: a hand-curated record is a few KiB; anything this big is a mistake. */
export const MAX_RECORD_BYTES = 1024 * 1024;

export interface LoadedRecord {
  table: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** The file name without .json, which must equal the record's id. */
  stem: string;
  data: unknown;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads data/<table>/*.json. Unreadable files become problems, never exceptions, so that one
 * report lists everything wrong at once.
 */
export function readRecords(root: string, tables: string[]): { records: LoadedRecord[]; problems: Problem[] } {
  const records: LoadedRecord[] = [];
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
    if (!existsSync(dir)) continue;
    // Sorted, so that neither the file system's order nor the locale changes anything downstream.
    for (const name of readdirSync(dir).sort()) {
      const file = `data/${table}/${name}`;
      if (!name.endsWith('.json')) {
        problems.push({ file, pointer: '', message: 'is not a .json record file' });
        continue;
      }
      const bytes = readFileSync(join(dir, name));
      const problem = (message: string) => problems.push({ file, pointer: '', message });
      if (bytes.length === 0) { problem('is empty'); continue; }
      if (bytes.length > MAX_RECORD_BYTES) { problem(`is ${bytes.length} bytes, over the ${MAX_RECORD_BYTES}-byte limit for one record`); continue; }
      let text: string;
      try {
        text = utf8.decode(bytes);
      } catch {
        problem('is not valid UTF-8');
        continue;
      }
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      try {
        records.push({ table, file, stem: name.slice(0, -'.json'.length), data: JSON.parse(text) });
      } catch (err) {
        problem(`is not valid JSON: ${(err as Error).message}`);
      }
    }
  }
  return { records, problems };
}
