import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Schemas } from '../load/read-schemas.js';
import { generateTypes } from './export-types.js';

const TOOL = join(import.meta.dirname, '..', '..');
const CACHE = join(TOOL, 'node_modules', '.cache', 'dprk-russia-treaty');

/**
 * generateTypes, remembered. The declarations depend on the schemas, the generator and its settings
 * only, never on the records, and json-schema-to-typescript with prettier takes a few hundred
 * milliseconds: so they are kept in node_modules/.cache under a hash of everything they depend on
 * (the schemas, export-types.ts, package-lock.json), and generated again only when that changes.
 */
export async function cachedTypes(schemas: Schemas): Promise<string> {
  const lock = join(TOOL, 'package-lock.json');
  if (!existsSync(lock)) return generateTypes(schemas);
  const hash = createHash('sha256').update(readFileSync(lock)).update(readFileSync(join(import.meta.dirname, 'export-types.ts')));
  for (const [file, schema] of schemas.all) hash.update(`\u0000${file}\u0000${JSON.stringify(schema)}`);
  const path = join(CACHE, `types-${hash.digest('hex')}.d.ts`);
  if (existsSync(path)) return readFileSync(path, 'utf8');
  const text = await generateTypes(schemas);
  mkdirSync(CACHE, { recursive: true });
  // Written aside and renamed, so that a build killed meanwhile never leaves half a file to be reused.
  const temp = `${path}.${process.pid}`;
  writeFileSync(temp, text);
  renameSync(temp, path);
  return text;
}
