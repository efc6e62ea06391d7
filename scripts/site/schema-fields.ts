import type { JsonSchema, Schemas } from '../load/read-schemas.js';
import { resolveSchema } from '../model/resolve-schema.js';

/** A property of an object schema, resolved through $ref, in the schema's order. */
export interface Field {
  key: string;
  schema: JsonSchema;
  /** Schema file the resolved schema's own $refs are relative to. */
  base: string;
}

/** What a value is, as far as showing it goes; read off the schema's shapes and annotations. */
export type FieldKind = 'citations' | 'sourced' | 'object' | 'array' | 'ref' | 'date' | 'uri' | 'enum' | 'quote' | 'text' | 'name' | 'number' | 'boolean';

/** Free text longer than a name: the schema's names are at most 300 characters. */
const NAME_MAX = 300;

const fields = new WeakMap<JsonSchema, Map<string, Field[]>>();

/** A schema with its $ref followed (resolveSchema answers each node once; the schema is shared: never mutate it). */
export function resolve(schemas: Schemas, schema: JsonSchema, base: string): { schema: JsonSchema; base: string } {
  const out = resolveSchema(schemas, schema, base);
  return { schema: out.schema, base: out.baseFile };
}

export function fieldsOf(schemas: Schemas, schema: JsonSchema, base: string): Field[] {
  const byBase = fields.get(schema) ?? new Map<string, Field[]>();
  fields.set(schema, byBase);
  let list = byBase.get(base);
  if (!list) {
    const s = resolve(schemas, schema, base);
    list = Object.entries<JsonSchema>(s.schema.properties ?? {}).map(([key, sub]) => {
      const r = resolve(schemas, sub, s.base);
      return { key, schema: r.schema, base: r.base };
    });
    byBase.set(base, list);
  }
  return list;
}

export function kindOf(s: JsonSchema): FieldKind {
  if (s.type === 'array') return s.title === 'Citations' ? 'citations' : 'array';
  // A value with its sources and any value other sources give instead (a date, a count).
  if (s.type === 'object') return s.properties?.value && s.properties?.sources ? 'sourced' : 'object';
  if (typeof s['x-ref-table'] === 'string') return 'ref';
  if (s.format === 'partial-date' || s.format === 'date') return 'date';
  if (s.format === 'uri') return 'uri';
  if (Array.isArray(s.enum)) return 'enum';
  if (s['x-max-words'] !== undefined) return 'quote';
  if (s.type === 'integer' || s.type === 'number') return 'number';
  if (s.type === 'boolean') return 'boolean';
  return typeof s.maxLength === 'number' && s.maxLength <= NAME_MAX ? 'name' : 'text';
}

/** The items schema of an array schema, resolved. */
export const itemsOf = (schemas: Schemas, s: JsonSchema, base: string): { schema: JsonSchema; base: string } => resolve(schemas, s.items ?? {}, base);

/** "entry_into_force" -> "Entry into force": the label of a field is its name, as the CSV columns have it. */
export function fieldLabel(key: string): string {
  const words = key.split('_').map((w) => (/\d/.test(w) ? w.toUpperCase() : w));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The language codes the schema allows (common.schema.json's language). */
export const languageCodes = (schemas: Schemas): Set<string> => new Set<string>(schemas.common.$defs?.language?.enum ?? []);

/**
 * Visits every value of a record with its schema, depth first, in the schema's order; path holds the
 * keys and 1-based positions from the record down to the value.
 */
export function walkRecord(
  schemas: Schemas,
  schema: JsonSchema,
  base: string,
  value: unknown,
  visit: (s: JsonSchema, value: unknown, path: (string | number)[]) => void,
  path: (string | number)[] = [],
): void {
  const r = resolve(schemas, schema, base);
  visit(r.schema, value, path);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walkRecord(schemas, r.schema.items ?? {}, r.base, item, visit, [...path, i + 1]);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, sub] of Object.entries<JsonSchema>(r.schema.properties ?? {})) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) walkRecord(schemas, sub, r.base, v, visit, [...path, key]);
    }
  }
}

/** "participants 2 › party" from ['participants', 2, 'party']. */
export const pathLabel = (path: readonly (string | number)[]): string =>
  path
    .map((p) => (typeof p === 'number' ? String(p) : fieldLabel(p)))
    .join(' › ')
    .replace(/ › (\d+)/g, ' $1');

/** "Participants › Party" from ['participants', 2, 'party']: the field, whatever the item. */
export function fieldPathLabel(path: readonly (string | number)[]): string {
  const keys = path.filter((p): p is string => typeof p === 'string');
  // "Sources › Source" says no more than "Sources": an item named as its list is dropped.
  if (keys.length > 1 && `${keys.at(-1)}s` === keys.at(-2)) keys.pop();
  return keys.map(fieldLabel).join(' › ');
}
