import { join } from 'node:path';
import { readSchemas } from '../load/read-schemas.js';
import { buildTableModels } from '../model/table-model.js';
import type { ChunkContext } from './process-chunk.js';

/** The context a worker thread rebuilds from what can cross a thread boundary: the root and the ids. */
export function chunkContext(root: string, ids: [string, string[]][]): ChunkContext {
  const schemas = readSchemas(join(root, 'schema'));
  return { root, schemas, models: buildTableModels(schemas), ids: new Map(ids.map(([table, list]) => [table, new Set(list)])) };
}
