import type { SiteData } from './site-data.js';
import { fieldPathLabel, walkRecord } from './schema-fields.js';

/** One reference from a field of one record to another record. */
export interface Reference {
  fromTable: string;
  fromId: string;
  /** The field that holds the reference, e.g. "Participants › Party". */
  field: string;
  toTable: string;
  toId: string;
}

export interface ReferenceIndex {
  /** References made by each record, keyed "table/id", in the record's order. */
  outgoing: Map<string, Reference[]>;
  /** References to each record, keyed "table/id", in table then id order. */
  incoming: Map<string, Reference[]>;
}

export const recordKey = (table: string, id: string): string => `${table}/${id}`;

/** Every reference in the dataset, found through the schema's x-ref-table annotations (no field is named here). */
export function indexReferences(data: SiteData): ReferenceIndex {
  const outgoing = new Map<string, Reference[]>();
  const incoming = new Map<string, Reference[]>();
  for (const t of data.schemas.tables) {
    for (const record of data.tables.get(t.table) ?? []) {
      const refs: Reference[] = [];
      walkRecord(data.schemas, t.schema, t.file, record, (s, value, path) => {
        if (typeof s['x-ref-table'] !== 'string' || typeof value !== 'string' || path[0] === 'id') return;
        refs.push({ fromTable: t.table, fromId: record.id, field: fieldPathLabel(path), toTable: s['x-ref-table'], toId: value });
      });
      outgoing.set(recordKey(t.table, record.id), refs);
      for (const ref of refs) {
        const key = recordKey(ref.toTable, ref.toId);
        const list = incoming.get(key) ?? [];
        list.push(ref);
        incoming.set(key, list);
      }
    }
  }
  return { outgoing, incoming };
}
