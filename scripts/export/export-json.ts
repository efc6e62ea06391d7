import type { Output, Meta } from './output.js';

/**
 * JSON text of a table: an array with one record per line. It parses like any JSON, diffs line by line
 * per record, and costs a third of indenting every nested value.
 */
export function tableJson(records: unknown[]): string {
  return records.length === 0 ? '[]' : `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
}

/** dist/json/<table>.json (records sorted by id) and dist/json/dataset.json (every table plus version). */
export function exportJson(out: Output, meta: Meta, tableTexts: Map<string, string>): void {
  const parts: string[] = [];
  for (const [table, text] of tableTexts) {
    out.set(`json/${table}.json`, `${text}\n`);
    parts.push(`${JSON.stringify(table)}: ${text}`);
  }
  const head = `{"name": ${JSON.stringify(meta.name)}, "version": ${JSON.stringify(meta.version)}, "license": ${JSON.stringify(meta.license)}`;
  out.set('json/dataset.json', `${head},\n"tables": {\n${parts.join(',\n')}\n}}\n`);
}
