import type { ChunkResult } from '../chunks/process-chunk.js';
import { exportedRecords } from '../load/exported-records.js';
import { compareEvents, type OrderedEvent } from '../model/event-order.js';
import type { TableModel } from '../model/table-model.js';
import { forEachRow } from '../model/table-rows.js';
import { csvLine, csvText } from './export-csv.js';

const utf8 = new TextEncoder();
const text = new TextDecoder();

/**
 * The events table's chunks as one, its records in the order they happened (compareEvents): its JSON
 * lines and the CSV lines of every table model drawn from it (events and its link tables). Chunks are
 * cut in id order; this is the one place where the events' exported order is decided.
 */
export function eventsInOrder(models: TableModel[], chunks: ChunkResult[]): ChunkResult {
  const parts = chunks.map((c) => c.json).filter((p) => p.byteLength > 0).map((p) => text.decode(p));
  const records = exportedRecords('events', `[${parts.join(',\n')}]`).sort((a, b) => compareEvents(a.data as OrderedEvent, b.data as OrderedEvent));
  const json = utf8.encode(records.map((r) => JSON.stringify(r.data)).join(',\n'));
  const csv = new Map<string, Uint8Array>();
  for (const model of models) {
    if (model.recordTable !== 'events') continue;
    const lines: string[] = [];
    forEachRow(model, records, (cells) => { lines.push(csvLine(cells)); });
    csv.set(model.name, utf8.encode(csvText(lines)));
  }
  const first = chunks[0]!;
  return { ...first, problems: [], valid: chunks.reduce((n, c) => n + c.valid, 0), json, csv };
}
