import type { JsonSchema, Schemas } from '../load/read-schemas.js';
import { resolveSchema } from './resolve-schema.js';

/** A record with its keys in the order its schema lists them and its strings in NFC, so every file reads the same way. */
export function canonicalize(schemas: Schemas, value: unknown, schema: JsonSchema, base: string): unknown {
  // Strings in NFC: the same text in its one canonical sequence of code points (rule text-hygiene).
  if (typeof value === 'string') return value.normalize('NFC');
  const { schema: s, baseFile } = resolveSchema(schemas, schema, base);
  if (Array.isArray(value)) return value.map((v) => (s.items ? canonicalize(schemas, v, s.items, baseFile) : v));
  if (value === null || typeof value !== 'object' || !s.properties) return value;
  const obj = value as Record<string, unknown>;
  const order = Object.keys(s.properties);
  const keys = [...order.filter((k) => Object.hasOwn(obj, k)), ...Object.keys(obj).filter((k) => !order.includes(k))];
  return Object.fromEntries(keys.map((k) => [k, s.properties[k] ? canonicalize(schemas, obj[k], s.properties[k], baseFile) : obj[k]]));
}

/** The canonical text of a record file: schema key order, two-space indent, LF line ends, final newline. */
export function canonicalText(schemas: Schemas, table: string, record: unknown): string {
  const t = schemas.tables.find((x) => x.table === table)!;
  return `${JSON.stringify(canonicalize(schemas, record, t.schema, t.file), null, 2)}\n`;
}
