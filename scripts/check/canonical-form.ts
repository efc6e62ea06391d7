import { join } from 'node:path';
import type { Schemas } from '../load/read-schemas.js';
import { canonicalText } from '../model/canonical-json.js';
import { keyOrderFinder } from '../model/key-order.js';
import type { Problem } from '../problem.js';
import type { LoadedRecord } from '../types/records.js';
import { readBytes } from '../load/read-raw.mjs';
import { MAX_RECORD_BYTES } from '../load/read-records.js';

/**
 * Whether a text is canonical, answered without building the canonical text when it is: written as
 * JSON.stringify indents, keys in schema order, and in NFC. NFC is judged on the whole text at once:
 * the same as judging each string, since JSON's own characters outside strings (ASCII punctuation,
 * digits, true/false/null) neither compose with nor reorder around a mark inside one. Any other text
 * goes the slow way, which also says where it differs.
 */
function plainlyCanonical(schemas: Schemas, r: LoadedRecord, text: string): boolean {
  return text === `${JSON.stringify(r.data, null, 2)}\n` && keyOrderFinder(schemas)(r.table, r.data).length === 0 && text.normalize('NFC') === text;
}

/** Bytes as text, a byte-order mark kept (it is not canonical). */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Record files not in canonical form (keys in their schema's order, two-space indent, LF line ends,
 * a final newline), which npm run fix rewrites. The build refuses keys out of order (rule
 * keys-in-schema-order: they would reach dist/json/); the rest is form that changes no output, which
 * only npm run check (and the data-format test) asks for, as a linter would.
 */

/** What canonical form asks for, as a curator reads it. */
const FORM = 'two-space indent, each key and each list item on a line of its own, LF line ends, a final newline, keys in schema order';

/**
 * Where a file first departs from its canonical text: a line number, so that a curator who wrote
 * { "source": "x" } on one line, or a CRLF, is not left hunting for keys out of order.
 */
function whereItDiffers(text: string, canonical: string): string {
  if (text.charCodeAt(0) === 0xfeff) return 'from its first byte (a byte-order mark)';
  const a = text.split('\n');
  const b = canonical.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= a.length ? 'at its end (no final newline)' : `from line ${i + 1}`;
}

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
    if (plainlyCanonical(schemas, r, text)) continue;
    const canonical = canonicalText(schemas, r.table, r.data);
    if (text !== canonical) {
      problems.push({
        file: r.file,
        pointer: '',
        message: `is not in canonical form ${whereItDiffers(text, canonical)} (${FORM})`,
        fix: 'run npm run fix',
      });
    }
  }
  return problems;
}
