import type { Output, Meta } from './output.js';
import { jsonText } from './output.js';

/** dist/json/<table>.json (records sorted by id) and dist/json/dataset.json (every table plus version). */
export function exportJson(out: Output, meta: Meta, tables: Map<string, unknown[]>): void {
  const dataset: Record<string, unknown> = { name: meta.name, version: meta.version, license: meta.license, tables: {} };
  for (const [table, records] of tables) {
    out.set(`json/${table}.json`, jsonText(records));
    (dataset.tables as Record<string, unknown>)[table] = records;
  }
  out.set('json/dataset.json', jsonText(dataset));
}
