import type { Output } from './output.js';
import type { Meta } from '../load/read-meta.js';
import type { CheckedRecord } from '../types/records.js';

/**
 * JSON of a table: an array with one record per line. It parses like any JSON, diffs line by line
 * per record, and costs a third of indenting every value.
 */
export function tableJson(records: readonly CheckedRecord[]): string {
  if (records.length === 0) return '[]';
  const lines = new Array<string>(records.length);
  for (let i = 0; i < records.length; i++) lines[i] = JSON.stringify(records[i]!.data);
  return `[\n${lines.join(',\n')}\n]`;
}

/** dist/json/<table>.json (records sorted by id; events in the order they happened, see model/event-order.ts) and dist/json/dataset.json (every table plus version). */
export function exportJson(out: Output, meta: Meta, tables: ReadonlyMap<string, readonly CheckedRecord[]>): void {
  const dataset: string[] = [
    `{"name": ${JSON.stringify(meta.name)}, "version": ${JSON.stringify(meta.version)}, "license": ${JSON.stringify(meta.license)},\n"tables": {\n`,
  ];
  let first = true;
  for (const [table, records] of tables) {
    const json = tableJson(records);
    out.set(`json/${table}.json`, `${json}\n`);
    dataset.push(`${first ? '' : ',\n'}${JSON.stringify(table)}: `, json);
    first = false;
  }
  dataset.push('\n}}\n');
  out.set('json/dataset.json', dataset.join(''));
}
