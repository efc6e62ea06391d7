import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readMeta, type Meta } from '../load/read-meta.js';
import { readSchemas, type Schemas, type TableSchema } from '../load/read-schemas.js';
import { buildTableModels, type TableModel } from '../model/table-model.js';

/** A record as exported to dist/json: every record has an id. */
export type SiteRecord = Record<string, unknown> & { id: string };

/** Everything the explorer is made from, all of it read from dist/ (and package.json for the version). */
export interface SiteData {
  meta: Meta;
  schemas: Schemas;
  /** The CSV tables the schema implies; the explorer's table pages show the record tables' columns. */
  models: TableModel[];
  /** Records per table, in dist/'s order (by id). */
  tables: Map<string, SiteRecord[]>;
  /** Record by table and id. */
  records: Map<string, Map<string, SiteRecord>>;
  /** dist/figures/<name>.svg by name. */
  figures: Map<string, string>;
  /** dist/citation.bib, the dataset's citation. */
  bibtex: string;
}

export function readSiteData(root: string): SiteData {
  const dist = join(root, 'dist');
  const schemas = readSchemas(join(dist, 'schema'));
  const tables = new Map<string, SiteRecord[]>();
  const records = new Map<string, Map<string, SiteRecord>>();
  for (const t of schemas.tables) {
    const rows = JSON.parse(readFileSync(join(dist, 'json', `${t.table}.json`), 'utf8')) as SiteRecord[];
    tables.set(t.table, rows);
    records.set(t.table, new Map(rows.map((r) => [r.id, r])));
  }
  const figures = new Map<string, string>();
  for (const file of readdirSync(join(dist, 'figures'))
    .filter((f) => f.endsWith('.svg'))
    .sort()) {
    figures.set(file.replace(/\.svg$/, ''), readFileSync(join(dist, 'figures', file), 'utf8'));
  }
  return {
    meta: readMeta(root),
    schemas,
    models: buildTableModels(schemas),
    tables,
    records,
    figures,
    bibtex: readFileSync(join(dist, 'citation.bib'), 'utf8'),
  };
}

export const tableSchema = (data: SiteData, table: string): TableSchema => {
  const t = data.schemas.tables.find((s) => s.table === table);
  if (!t) throw new Error(`no schema declares the table ${table}`);
  return t;
};

export const findRecord = (data: SiteData, table: string, id: string): SiteRecord | undefined => data.records.get(table)?.get(id);
