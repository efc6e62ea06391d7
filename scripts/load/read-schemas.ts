import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export type JsonSchema = Record<string, any>;

/** A table of the dataset, as declared by the x-table annotation of its schema file. */
export interface TableSchema {
  /** Table name, also the folder under data/ and the export file name (e.g. events). */
  table: string;
  /** Name of one row, used for link-table key columns (e.g. event). */
  row: string;
  /** Schema file name (e.g. event.schema.json). */
  file: string;
  schema: JsonSchema;
}

export interface Schemas {
  common: JsonSchema;
  tables: TableSchema[];
  /** Every schema file by name, for ajv and for copying into dist/. */
  all: Map<string, JsonSchema>;
}

export function readSchemas(schemaDir: string): Schemas {
  const all = new Map<string, JsonSchema>();
  for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).sort()) {
    all.set(file, JSON.parse(readFileSync(join(schemaDir, file), 'utf8')));
  }
  const common = all.get('common.schema.json');
  if (!common) throw new Error(`${schemaDir}/common.schema.json is missing`);
  const tables: TableSchema[] = [];
  for (const [file, schema] of all) {
    if (typeof schema['x-table'] !== 'string') continue;
    tables.push({ table: schema['x-table'], row: schema['x-row'], file, schema });
  }
  tables.sort((a, b) => (a.table < b.table ? -1 : 1));
  return { common, tables, all };
}
