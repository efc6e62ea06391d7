import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSchemas } from '../load/read-schemas.js';
import { compiledValidators } from '../validate/compiled-validators.js';
import { measureOnThreads } from './measure-on-threads.js';

/**
 * The floor: the least work any correct build of the dataset at argv[2] must do, with as many
 * threads as the build uses (THREADS, two: the build's main thread and its reader thread). Each
 * thread reads, parses and validates (against the same schemas, with the same compiled validators)
 * its share of the record files; then the same number of bytes as the build wrote is written
 * (measure-on-threads.ts).
 */
const THREADS = 2;

interface Share {
  root: string;
  files: [table: string, path: string][];
}

/** Reads, parses and validates a share of the files; returns how many are invalid (none, for valid data). */
function work({ root, files }: Share): number {
  const validators = compiledValidators(readSchemas(join(root, 'schema')));
  let invalid = 0;
  for (const [table, path] of files) if (!validators.get(table)!(JSON.parse(readFileSync(path, 'utf8')))) invalid++;
  return invalid;
}

/** The files dealt to the threads one at a time, in turn. */
function shares(dir: string): Share[] {
  const all: Share[] = Array.from({ length: THREADS }, () => ({ root: dir, files: [] }));
  let i = 0;
  for (const table of readdirSync(join(dir, 'data')).sort()) {
    for (const name of readdirSync(join(dir, 'data', table)).sort()) all[i++ % THREADS]!.files.push([table, join(dir, 'data', table, name)]);
  }
  return all;
}

await measureOnThreads(shares, work, 'synthetic records invalid');
