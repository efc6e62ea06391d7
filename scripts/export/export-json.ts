import { TextParts, type Output } from './output.js';
import type { Meta } from '../load/read-meta.js';
import type { CheckedRecord } from '../types/records.js';

/**
 * JSON of a table, as UTF-8 bytes in parts: an array with one record per line. It parses like any
 * JSON, diffs line by line per record, and costs a third of indenting every value.
 */
export function tableJson(records: readonly CheckedRecord[]): Buffer[] {
  const text = new TextParts();
  if (records.length === 0) text.write('[]');
  for (let i = 0; i < records.length; i++) {
    text.write(i === 0 ? '[\n' : ',\n');
    text.write(JSON.stringify(records[i]!.data));
  }
  if (records.length > 0) text.write('\n]');
  return text.bytes();
}

/**
 * dist/json/<table>.json (records sorted by id; events in the order they happened, see
 * model/event-order.ts) and dist/json/dataset.json (every table plus version), which holds the
 * same bytes as the table files, sharing their buffers.
 */
export function exportJson(out: Output, meta: Meta, tables: ReadonlyMap<string, readonly CheckedRecord[]>): void {
  const utf8 = (text: string) => Buffer.from(text);
  const dataset: Uint8Array[] = [
    utf8(`{"name": ${JSON.stringify(meta.name)}, "version": ${JSON.stringify(meta.version)}, "license": ${JSON.stringify(meta.license)},\n"tables": {\n`),
  ];
  let first = true;
  for (const [table, records] of tables) {
    const json = tableJson(records);
    out.set(`json/${table}.json`, [...json, utf8('\n')]);
    dataset.push(utf8(`${first ? '' : ',\n'}${JSON.stringify(table)}: `), ...json);
    first = false;
  }
  dataset.push(utf8('\n}}\n'));
  out.set('json/dataset.json', dataset);
}
