import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemasHash, type Schemas } from '../load/read-schemas.js';
import type { Problem } from '../problem.js';

/** The record types generated from the schemas (npm run fix writes them), which the build's code and the package's declarations use. */
export const TYPES_FILE = join(import.meta.dirname, 'dataset.d.ts');

/** Where the record types end in scripts/types/dataset.d.ts and the build's own id aliases begin. */
export const ID_ALIASES_MARKER = "/* Ids as the build's own code sees them: any string (the package's declarations list each table's ids instead). */";

/** The record types of the generated file, without the build's own id aliases (see generateTypesFile). */
export function readTypes(): string {
  const text = readFileSync(TYPES_FILE, 'utf8');
  const end = text.indexOf(ID_ALIASES_MARKER);
  return end < 0 ? text : `${text.slice(0, end).trimEnd()}\n`;
}

/**
 * Types generated from other schemas than these are a problem: the build's own code and the
 * package's declarations would describe records the schemas no longer admit. Compared by the hash
 * the generated file's banner carries, so the check costs one small read, not a generation.
 */
export function checkTypes(schemas: Schemas): Problem[] {
  const banner = readFileSync(TYPES_FILE, 'utf8').slice(0, 200);
  if (banner.includes(`(schemas ${schemasHash(schemas)})`)) return [];
  return [
    {
      file: 'scripts/types/dataset.d.ts',
      pointer: '',
      message: 'was generated from other schemas than those in schema/',
      fix: 'run npm run fix, which writes it again from schema/',
    },
  ];
}
