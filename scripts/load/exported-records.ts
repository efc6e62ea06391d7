import type { CheckedRecord, Table } from '../types/records.js';

/**
 * Records read back from a table's exported JSON (already checked), each addressed by the file it
 * came from: for the release, which works from the built dist/, not from data/.
 */
export function exportedRecords<T extends Table>(table: T, json: string): CheckedRecord<T>[] {
  return (JSON.parse(json) as CheckedRecord<T>['data'][]).map((data) => ({ table, file: `data/${table}/${data.id}.json`, stem: data.id, data }));
}
