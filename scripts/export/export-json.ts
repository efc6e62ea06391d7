import type { Output, Meta } from './output.js';
import { jsonText } from './output.js';

/** dist/json/<table>.json (records sorted by id) and dist/json/dataset.json (every table plus version). */
export function exportJson(out: Output, meta: Meta, tables: Map<string, unknown[]>): void {
  const parts: string[] = [];
  for (const [table, records] of tables) {
    const text = jsonText(records);
    out.set(`json/${table}.json`, text);
    // Each table's text re-indented into dataset.json: the same bytes as stringifying the whole, at half the cost.
    parts.push(`    ${JSON.stringify(table)}: ${text.trimEnd().replace(/\n/g, '\n    ')}`);
  }
  const head = jsonText({ name: meta.name, version: meta.version, license: meta.license }).trimEnd().slice(0, -2);
  out.set('json/dataset.json', `${head},\n  "tables": {\n${parts.join(',\n')}\n  }\n}\n`);
}
