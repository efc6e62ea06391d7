import type { Output, Meta } from './output.js';

const utf8 = new TextEncoder();
const bytes = (text: string): Uint8Array => utf8.encode(text);
const OPEN = bytes('[\n');
const BETWEEN = bytes(',\n');
const CLOSE = bytes('\n]');
const EMPTY = bytes('[]');
const NEWLINE = bytes('\n');

/**
 * JSON of a table from its chunks' record lines (UTF-8), in parts: an array with one record per line.
 * It parses like any JSON, diffs line by line per record, and costs a third of indenting every value.
 */
export function tableJson(chunkLines: Uint8Array[]): Uint8Array[] {
  const parts = chunkLines.filter((p) => p.byteLength > 0);
  if (parts.length === 0) return [EMPTY];
  return [OPEN, ...parts.flatMap((p, i) => (i === 0 ? [p] : [BETWEEN, p])), CLOSE];
}

/** dist/json/<table>.json (records sorted by id; events in the order they happened, see model/event-order.ts) and dist/json/dataset.json (every table plus version). */
export function exportJson(out: Output, meta: Meta, tables: Map<string, Uint8Array[]>): void {
  const dataset: Uint8Array[] = [bytes(`{"name": ${JSON.stringify(meta.name)}, "version": ${JSON.stringify(meta.version)}, "license": ${JSON.stringify(meta.license)},\n"tables": {\n`)];
  let first = true;
  for (const [table, parts] of tables) {
    out.set(`json/${table}.json`, [...parts, NEWLINE]);
    dataset.push(bytes(`${first ? '' : ',\n'}${JSON.stringify(table)}: `), ...parts);
    first = false;
  }
  dataset.push(bytes('\n}}\n'));
  out.set('json/dataset.json', dataset);
}
