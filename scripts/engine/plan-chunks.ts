import type { RecordListing } from '../load/list-records.js';

/** A slice of one table's record files, in id order: the unit of work of the build. */
export interface ChunkJob {
  table: string;
  names: string[];
}

/**
 * Big enough that per-chunk overhead (a message, a few allocations) is noise; small enough that the
 * threads finish together and that a chunk's parsed records are garbage soon after it is done.
 */
export const CHUNK_RECORDS = 1000;

/** Chunks in table order, then id order: concatenating their outputs gives the tables in id order. */
export function planChunks(listing: RecordListing, size = CHUNK_RECORDS): ChunkJob[] {
  const jobs: ChunkJob[] = [];
  for (const [table, names] of listing.files) {
    for (let i = 0; i < names.length; i += size) jobs.push({ table, names: names.slice(i, i + size) });
  }
  return jobs;
}
