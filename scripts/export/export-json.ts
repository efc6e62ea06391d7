import { textBytes, type Output } from './output.js';
import type { Meta } from '../load/read-meta.js';
import type { CheckedRecord } from '../types/records.js';

/**
 * JSON of a table, as the pieces of its text: an array with one record per line. It parses like any
 * JSON, diffs line by line per record, and costs a third of indenting every value.
 */
export function tableJson(records: readonly CheckedRecord[], jsonOf: (record: CheckedRecord) => string = (r) => JSON.stringify(r.data)): string[] {
  if (records.length === 0) return ['[]'];
  const pieces = new Array<string>(2 * records.length + 1);
  for (let i = 0; i < records.length; i++) {
    pieces[2 * i] = i === 0 ? '[\n' : ',\n';
    pieces[2 * i + 1] = jsonOf(records[i]!);
  }
  pieces[2 * records.length] = '\n]';
  return pieces;
}

/**
 * dist/json/<table>.json (records sorted by id; events in the order they happened, see
 * model/event-order.ts) and dist/json/dataset.json (every table plus version), which holds the
 * same bytes as the table files. jsonOf gives a record's compact JSON (drawn once per record:
 * render-record.ts).
 */
export function exportJson(out: Output, meta: Meta, tables: ReadonlyMap<string, readonly CheckedRecord[]>, jsonOf?: (record: CheckedRecord) => string): void {
  const utf8 = (text: string) => Buffer.from(text);
  const dataset: Uint8Array[] = [
    utf8(`{"name": ${JSON.stringify(meta.name)}, "version": ${JSON.stringify(meta.version)}, "license": ${JSON.stringify(meta.license)},\n"tables": {\n`),
  ];
  let first = true;
  for (const [table, records] of tables) {
    const json = textBytes(tableJson(records, jsonOf));
    out.set(`json/${table}.json`, [json, utf8('\n')]);
    dataset.push(utf8(`${first ? '' : ',\n'}${JSON.stringify(table)}: `), json);
    first = false;
  }
  dataset.push(utf8('\n}}\n'));
  out.set('json/dataset.json', dataset);
}
