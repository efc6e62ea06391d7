import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSchemas } from '../load/read-schemas.js';
import { listRecords, stemOf, type RecordListing } from '../load/list-records.js';
import { NO_RELEASES } from '../load/read-releases.js';
import { compiledValidators } from '../validate/compiled-validators.js';
import { recordChecker } from '../check/check-dataset.js';
import { buildTableModels } from '../model/table-model.js';
import { forEachRow } from '../model/table-rows.js';
import { writeCsvRows } from '../export/export-csv.js';
import { tableJson } from '../export/export-json.js';
import { TextParts } from '../export/output.js';
import type { CheckedRecord } from '../types/records.js';
import { measureOnThreads } from './measure-on-threads.js';

/**
 * The ideal build: what the build would cost if all its per-record work were shared perfectly
 * between the same two threads, and nothing else cost anything. Each thread does the floor's work
 * on its share of the files (read, parse, validate), gives each record to every per-record rule and
 * every cross-record rule's collector (the build's own rule runner), draws its CSV rows and writes
 * its JSON text, and lets the cross-record rules judge the facts of its own share. Nothing is merged
 * or kept across threads; then the floor's bytes are written (measure-on-threads.ts). Its distance
 * above the floor is what the rules and exports alone cost: a lower bound for any build that runs them.
 */
const THREADS = 2;
const CHUNK = 500;

interface Share {
  root: string;
  /** Which share: files are dealt to the threads a chunk at a time, in turn. */
  part: number;
  /** The record files and ids, listed once (as the build does) and handed to every thread. */
  listing: RecordListing;
}

function work({ root, part, listing }: Share): number {
  const schemas = readSchemas(join(root, 'schema'));
  const validators = compiledValidators(schemas);
  const models = buildTableModels(schemas);
  const checker = recordChecker(schemas, listing.ids, NO_RELEASES);
  const csv = new Map(models.map((m) => [m.name, new TextParts()]));
  // The JSON export's own encoding, a chunk of records at a time.
  const json: Buffer[] = [];
  let invalid = 0;
  let chunk = 0;
  for (const [table, names] of listing.files) {
    const tableModels = models.filter((m) => m.recordTable === table);
    for (let start = 0; start < names.length; start += CHUNK) {
      if (chunk++ % THREADS !== part) continue;
      const valid: CheckedRecord[] = [];
      for (const name of names.slice(start, start + CHUNK)) {
        const file = `data/${table}/${name}`;
        const data = JSON.parse(readFileSync(join(root, file), 'utf8'));
        if (validators.get(table)!(data)) valid.push({ table, file, stem: stemOf(name), data } as CheckedRecord);
        else invalid++;
      }
      checker.add({ valid, problems: [] });
      for (const model of tableModels) writeCsvRows(csv.get(model.name)!, (visit) => forEachRow(model, valid, visit));
      json.push(...tableJson(valid));
    }
  }
  // Ends the CSV texts as the export does (encoding what is still pending).
  for (const text of csv.values()) text.bytes();
  // Invalid records and the rules' problems, each thread judging the facts of its own share: synthetic data has none.
  return invalid + checker.finish().problems.length;
}

/** The files listed once, here, and dealt by chunks to the threads. */
function shares(root: string): Share[] {
  const tables = readSchemas(join(root, 'schema')).tables.map((t) => t.table);
  const listing = listRecords(root, tables);
  return Array.from({ length: THREADS }, (_, part) => ({ root, part, listing }));
}

await measureOnThreads(shares, work, 'problems in the synthetic records');
