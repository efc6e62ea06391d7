import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unboundedNumbers } from './integer-bounds.js';
import { entryKind, notRegularFile, readRecord } from './read-raw.mjs';

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
  /** Every schema file's text, as read (what the generated types and the compiled validators are keyed by). */
  texts: Map<string, string>;
  /** Named groups of enum values (x-groups), e.g. "ratification-steps" -> the event types that are steps. */
  groups: Map<string, ReadonlySet<string>>;
}

/** What a table's or a row's name may be (x-table, x-row). */
const TABLE_NAME = /^[a-z][a-z0-9_]*$/;

/** A schema file's size limit (the largest is a few tens of KiB). */
const MAX_SCHEMA_BYTES = 4 * 1024 * 1024;

/**
 * Reads every schema/*.schema.json by the rules of the record files: only regular files (a link,
 * FIFO, device or folder is refused by name, never opened or followed), strict JSON (a duplicate key,
 * which JSON.parse would settle silently, is refused with its pointer; a syntax error gives line and
 * column; a file that is not JSON is never quoted). Throws the first problem, as one line that names
 * the file and pointer.
 */
export function readSchemas(schemaDir: string): Schemas {
  const all = new Map<string, JsonSchema>();
  const texts = new Map<string, string>();
  const entries = readdirSync(schemaDir, { withFileTypes: true })
    .filter((e) => e.name.endsWith('.schema.json'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const file = entry.name;
    const read = entry.isFile()
      ? readRecord(join(schemaDir, file), MAX_SCHEMA_BYTES)
      : { problems: [{ pointer: '', message: notRegularFile(entryKind(entry)) }] };
    if (read.problems) {
      const [p] = read.problems;
      const message = p!.message.replace(
        'under data/ are read (replace it with the record file itself)',
        'under schema/ are read (replace it with the schema file itself)',
      );
      throw new Error(`schema/${file} ${p!.pointer || '/'}: ${message}`);
    }
    texts.set(file, read.text);
    all.set(file, read.data as JsonSchema);
  }
  // A schema is code, not data: one that lets a number escape what the exports hold stops the build,
  // and so does a property name that could not be a column, a link table's file name or a name in code.
  for (const [file, schema] of all) {
    const [first] = unboundedNumbers(schema);
    if (first !== undefined) throw new Error(`schema/${file} ${first}`);
    const [odd] = oddPropertyNames(schema);
    if (odd !== undefined) throw new Error(`schema/${file} ${odd}: must be a lowercase name (a-z, then a-z, 0-9 or _), as it names columns, files and code`);
  }
  const common = all.get('common.schema.json');
  if (!common) throw new Error(`${schemaDir}/common.schema.json is missing`);
  const tables: TableSchema[] = [];
  for (const [file, schema] of all) {
    if (schema['x-table'] === undefined) continue;
    // A table's name is a folder under data/, a file name under dist/ and a name in generated code;
    // its row's name prefixes its link tables' names.
    for (const key of ['x-table', 'x-row'])
      if (typeof schema[key] !== 'string' || !TABLE_NAME.test(schema[key]))
        throw new Error(`schema/${file} /${key}: must be a lowercase name (a-z, then a-z, 0-9 or _), as it names folders, files and code`);
    if (tables.some((t) => t.table === schema['x-table']))
      throw new Error(`schema/${file} /x-table: "${schema['x-table']}" is the table of another schema too`);
    tables.push({ table: schema['x-table'], row: schema['x-row'], file, schema });
  }
  tables.sort((a, b) => (a.table < b.table ? -1 : 1));
  return { common, tables, all, texts, groups: collectGroups(all) };
}

/** Pointers to every property name (a key of "properties") that is not a lowercase name. */
function oddPropertyNames(node: unknown, pointer = ''): string[] {
  if (node === null || typeof node !== 'object') return [];
  const found: string[] = [];
  const properties = (node as JsonSchema).properties;
  if (!Array.isArray(node) && properties !== null && typeof properties === 'object')
    for (const key of Object.keys(properties)) if (!TABLE_NAME.test(key)) found.push(`${pointer}/properties/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  for (const [key, value] of Object.entries(node)) found.push(...oddPropertyNames(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  return found;
}

/** A short hash of every schema file's text: equal hashes, equal schemas. */
export function schemasHash(schemas: Pick<Schemas, 'texts'>): string {
  const hash = createHash('sha256');
  for (const [file, text] of schemas.texts) hash.update(`${file}\u0000${text}\u0000`);
  return hash.digest('hex').slice(0, 16);
}

/** Every x-groups annotation of every schema, by group name; a name declared twice is a schema error. */
function collectGroups(all: Map<string, JsonSchema>): Map<string, ReadonlySet<string>> {
  const groups = new Map<string, ReadonlySet<string>>();
  const visit = (node: unknown, file: string): void => {
    if (Array.isArray(node)) for (const n of node) visit(n, file);
    if (node === null || typeof node !== 'object') return;
    const obj = node as JsonSchema;
    for (const [name, values] of Object.entries<string[]>(obj['x-groups'] ?? {})) {
      if (groups.has(name)) throw new Error(`${file}: x-groups "${name}" is declared twice`);
      const outside = values.filter((v) => !obj.enum?.includes(v));
      if (outside.length > 0) throw new Error(`${file}: x-groups "${name}" names values outside the enum: ${outside.join(', ')}`);
      groups.set(name, new Set(values));
    }
    for (const [key, value] of Object.entries(obj)) if (key !== 'x-groups') visit(value, file);
  };
  for (const [file, schema] of all) visit(schema, file);
  return groups;
}

/** A group of enum values declared in the schemas (x-groups); throws when the schemas do not declare it. */
export function groupOf(schemas: Pick<Schemas, 'groups'>, name: string): ReadonlySet<string> {
  const group = schemas.groups.get(name);
  if (!group) throw new Error(`no x-groups "${name}" in schema/`);
  return group;
}
