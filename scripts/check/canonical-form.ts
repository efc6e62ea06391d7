import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Schemas } from '../load/read-schemas.js';
import { canonicalText } from '../model/canonical-json.js';
import type { Problem } from '../problem.js';
import type { LoadedRecord } from '../types/records.js';

/**
 * Record files not in canonical form (keys in their schema's order, two-space indent, LF line ends,
 * a final newline), which npm run fix rewrites. Form, not content: the build reads any form, so
 * only npm run check (and the data-format test) asks for it, as a linter would.
 */
export function canonicalFormProblems(root: string, schemas: Schemas, records: readonly LoadedRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const r of records) {
    if (readFileSync(join(root, r.file), 'utf8') !== canonicalText(schemas, r.table, r.data)) {
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
