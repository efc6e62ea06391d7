import type { JsonSchema } from './read-schemas.js';

/** The range every export holds exactly: Parquet INT32 (JSON and CSV hold any safe integer, a subset of this is safe too). */
export const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

/**
 * Where a schema lets an integer out of the range every export holds: each "integer" must carry a
 * minimum and a maximum within INT32 (so no value is rounded, written as 1e+21 or refused by the
 * Parquet writer), and no unbounded "number" is allowed. Pointers into the schema file.
 */
export function unboundedNumbers(schema: JsonSchema, pointer = ''): string[] {
  if (schema === null || typeof schema !== 'object') return [];
  const found: string[] = [];
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.includes('number')) found.push(`${pointer || '/'}: "number" is not allowed; use a bounded "integer"`);
  if (types.includes('integer')) {
    const { minimum, maximum } = schema as { minimum?: number; maximum?: number };
    if (typeof minimum !== 'number' || typeof maximum !== 'number' || minimum < INT32.min || maximum > INT32.max) {
      found.push(`${pointer || '/'}: an integer needs "minimum" and "maximum" within ${INT32.min}..${INT32.max} (Parquet INT32)`);
    }
  }
  for (const [key, value] of Object.entries(schema)) {
    if (value && typeof value === 'object') found.push(...unboundedNumbers(value as JsonSchema, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  }
  return found;
}
