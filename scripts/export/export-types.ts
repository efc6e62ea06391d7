import { compile } from 'json-schema-to-typescript';
import type { JsonSchema, Schemas } from '../load/read-schemas.js';

const BANNER = '/* Generated from schema/*.schema.json by scripts/build.ts. Do not edit. */';

/**
 * Strips our x- annotations, which the generator would otherwise echo, and the sibling description
 * next to a $ref to a titled definition, which would make the generator emit one copy of the named
 * type per description (Citations1, Citations2, ...).
 */
function clean(value: unknown, titled: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => clean(v, titled));
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const refName = typeof obj.$ref === 'string' ? obj.$ref.split('/').pop()! : undefined;
    return Object.fromEntries(
      Object.entries(obj)
        .filter(([k]) => !k.startsWith('x-') && !(k === 'description' && refName && titled.has(refName)))
        .map(([k, v]) => [k, clean(v, titled)]),
    );
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
  const titled = new Set(Object.entries<JsonSchema>(schemas.common.$defs).filter(([, d]) => d.title).map(([name]) => name));
  const files = new Map([...schemas.all].map(([name, s]) => [name, clean(s, titled)]));
  const ts = await compile(root as any, 'Dataset', {
    bannerComment: BANNER,
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
