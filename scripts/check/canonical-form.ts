import { join } from 'node:path';
import type { Schemas } from '../load/read-schemas.js';
import { canonicalText } from '../model/canonical-json.js';
import type { Problem } from '../problem.js';
import type { LoadedRecord } from '../types/records.js';
import { readBytes } from '../load/read-raw.mjs';
import { MAX_RECORD_BYTES } from '../load/read-records.js';

/** Bytes as text, a byte-order mark kept (it is not canonical). */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Record files not in canonical form (keys in their schema's order, two-space indent, LF line ends,
 * a final newline), which npm run fix rewrites. The build refuses keys out of order (rule
 * keys-in-schema-order: they would reach dist/json/); the rest is form that changes no output, which
 * only npm run check (and the data-format test) asks for, as a linter would.
 */

export function canonicalFormProblems(root: string, schemas: Schemas, records: readonly LoadedRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    // The text that was parsed, as npm run check keeps it; a record given without its text (from memory)
    // has its file read by the rules the first read followed (a link or a FIFO put there in between is
    // reported, never followed or waited on). Compared as written: a byte-order mark is not canonical.
    let text = r.fileText;
    if (text === undefined) {
      const read = readBytes(join(root, r.file), MAX_RECORD_BYTES);
      if (read.problems) {
        for (const p of read.problems) problems.push({ file: r.file, ...p });
        continue;
      }
      text = utf8.decode(read.bytes);
    }
    if (text !== canonicalText(schemas, r.table, r.data)) {
      problems.push({
        file: r.file,
        pointer: '',
        message: 'is not in canonical form (keys in schema order, two-space indent, LF line ends, final newline)',
        fix: 'run npm run fix',
      });
    }
  }
  return problems;
}
