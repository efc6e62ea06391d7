import type { JsonSchema, Schemas } from '../load/read-schemas.js';

/**
 * Follows $ref (within our schema files only: relative refs, so no tool ever fetches anything) and
 * merges the referring schema's own keywords over the target's, as draft 2020-12 applies both.
 */
export function resolveSchema(schemas: Schemas, schema: JsonSchema, baseFile: string): Resolved {
  if (typeof schema.$ref !== 'string') return { schema, baseFile };
  // Resolved once per schema node and base: a canonical-form check resolves the same few nodes for every value of every record.
  let bySchema = memo.get(schemas);
  if (!bySchema) {
    bySchema = new WeakMap();
    memo.set(schemas, bySchema);
  }
  let byBase = bySchema.get(schema);
  if (!byBase) {
    byBase = new Map();
    bySchema.set(schema, byBase);
  }
  let resolved = byBase.get(baseFile);
  if (!resolved) {
    resolved = resolveRef(schemas, schema, baseFile);
    byBase.set(baseFile, resolved);
  }
  return resolved;
}

interface Resolved {
  schema: JsonSchema;
  baseFile: string;
}

const memo = new WeakMap<Schemas, WeakMap<JsonSchema, Map<string, Resolved>>>();

function resolveRef(schemas: Schemas, schema: JsonSchema, baseFile: string): Resolved {
  const [filePart = '', fragment = ''] = schema.$ref.split('#');
  const file = filePart === '' ? baseFile : filePart;
  const doc = schemas.all.get(file);
  if (!doc) throw new Error(`${baseFile}: $ref to unknown schema file ${file}`);
  let target: JsonSchema = doc;
  for (const seg of fragment.split('/').filter(Boolean)) target = target[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (!target) throw new Error(`${baseFile}: unresolvable $ref ${schema.$ref}`);
  const resolved = resolveSchema(schemas, target, file);
  const { $ref: _ignored, ...own } = schema;
  return { schema: { ...resolved.schema, ...own }, baseFile: resolved.baseFile };
}
