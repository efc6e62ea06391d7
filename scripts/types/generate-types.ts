import { compile } from 'json-schema-to-typescript';
import { schemasHash, type JsonSchema, type Schemas } from '../load/read-schemas.js';
import { ID_ALIASES_MARKER } from './read-types.js';
import { idTypeName } from './id-types.js';

/** The banner names the schemas' hash, so that the build can tell stale types from fresh ones cheaply. */
export const typesBanner = (schemas: Schemas): string =>
  `/* Generated from schema/*.schema.json by npm run fix (schemas ${schemasHash(schemas)}). Do not edit. */`;

/**
 * Strips our x- annotations, which the generator would otherwise echo, and the sibling description
 * next to a $ref to a titled definition, which would make the generator emit one copy of the named
 * type per description (Citations1, Citations2, ...).
 */
function clean(value: unknown, titled: Set<string>, idTypes: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => clean(v, titled, idTypes));
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const refName = typeof obj.$ref === 'string' ? obj.$ref.split('/').pop()! : undefined;
    const cleaned = Object.fromEntries(
      Object.entries(obj)
        .filter(([k]) => !k.startsWith('x-') && !(k === 'description' && refName && titled.has(refName)))
        .map(([k, v]) => [k, clean(v, titled, idTypes)]),
    );
    // A reference to another table's record is typed by that table's id union (EventId, ...).
    const refTable = obj['x-ref-table'];
    return typeof refTable === 'string' && idTypes.has(refTable) ? { ...cleaned, tsType: idTypes.get(refTable) } : cleaned;
  }
  return value;
}

/**
 * One declaration text for every record type, generated from the schemas with json-schema-to-typescript.
 * The schemas reference each other relatively, so the generator resolves them from memory, never the network.
 */
export async function generateTypes(schemas: Schemas): Promise<string> {
  const root: JsonSchema = {
    $id: 'dataset.schema.json',
    title: 'Dataset',
    description: 'Every table of the dataset.',
    type: 'object',
    additionalProperties: false,
    required: schemas.tables.map((t) => t.table),
    properties: Object.fromEntries(schemas.tables.map((t) => [t.table, { type: 'array', items: { $ref: t.file } }])),
  };
  const titled = new Set(
    Object.entries<JsonSchema>(schemas.common.$defs)
      .filter(([, d]) => d.title)
      .map(([name]) => name),
  );
  const idTypes = new Map(schemas.tables.map((t) => [t.table, idTypeName(t.schema.title)]));
  // Each table's own id is typed by its union too.
  const withIds = new Map(
    [...schemas.all].map(([name, s]) => {
      const table = schemas.tables.find((t) => t.file === name);
      return [name, table ? { ...s, properties: { ...s.properties, id: { ...s.properties.id, 'x-ref-table': table.table } } } : s];
    }),
  );
  const files = new Map([...withIds].map(([name, s]) => [name, clean(s, titled, idTypes)]));
  const ts = await compile(root as any, 'Dataset', {
    bannerComment: typesBanner(schemas),
    additionalProperties: false,
    strictIndexSignatures: true,
    format: true,
    unreachableDefinitions: false,
    $refOptions: {
      resolve: {
        external: true,
        http: false,
        file: false,
        memory: {
          order: 1,
          canRead: (f: { url: string }) => files.has(f.url.split('/').pop()!.split('#')[0]!),
          read: (f: { url: string }) => JSON.stringify(files.get(f.url.split('/').pop()!.split('#')[0]!)),
        },
      } as any,
    },
  });
  return ts;
}

/**
 * scripts/types/dataset.d.ts: the record types, then an alias per id type. The build's code checks
 * records whose ids it does not know in advance, so an id is a string there; the package's
 * declarations replace the aliases with the unions of the ids the build found (renderIdTypes).
 */
export async function generateTypesFile(schemas: Schemas): Promise<string> {
  const aliases = schemas.tables.map((t) => `export type ${idTypeName(t.schema.title)} = string;`);
  return `${(await generateTypes(schemas)).trimEnd()}\n\n${ID_ALIASES_MARKER}\n${aliases.join('\n')}\n`;
}
