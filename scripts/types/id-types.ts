import type { Schemas } from '../load/read-schemas.js';

/** The name of a table's id type: its record type's name and Id (events: Event -> EventId). */
export const idTypeName = (recordType: string): string => `${recordType}Id`;

/**
 * The id union types, one per table, from the record ids the build found: a misspelt id is then a
 * compile error. They depend on the data, so they are written after the cached record types.
 */
export function renderIdTypes(schemas: Schemas, ids: ReadonlyMap<string, ReadonlySet<string>>): string {
  const lines: string[] = [];
  for (const t of schemas.tables) {
    const sorted = [...(ids.get(t.table) ?? [])].sort();
    lines.push(`/** Id of a record in ${t.table}: one of the ids this version holds. */`);
    lines.push(
      sorted.length
        ? `export type ${idTypeName(t.schema.title)} =\n${sorted.map((id) => `  | ${JSON.stringify(id)}`).join('\n')};`
        : `export type ${idTypeName(t.schema.title)} = never;`,
    );
  }
  return `${lines.join('\n')}\n`;
}
