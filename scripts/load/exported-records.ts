import type { LoadedRecord } from './read-records.js';

/**
 * Records read back from a table's exported JSON (already checked), each addressed by the file it
 * came from, so that derived views (ATOP tables, figures, Parquet) work on whole tables.
 */
export function exportedRecords(table: string, json: string): LoadedRecord[] {
  return (JSON.parse(json) as { id: string }[]).map((data) => ({ table, file: `data/${table}/${data.id}.json`, stem: data.id, data }));
}
