import type { Table } from '../../types/records.js';
import { datasetRule } from '../rule.js';

/** Where a missing id is put right: its retirement is recorded there, if it is not brought back. */
const RETIRED = 'releases/retired.json';

/**
 * Ids are forever (README, Versioning): every id a past release froze (releases/<version>/ids.json)
 * still names a record file of its table, or is listed in releases/retired.json. A missing id has no
 * file of its own, so it is reported against releases/retired.json, where its retirement would go.
 * While releases/retired.json cannot be read, no id is said to be missing: any of them may be retired
 * there, and the file's own problem is reported (read-releases.ts).
 */
export default datasetRule<never>({
  name: 'released-ids-kept',
  description: 'Every id of a past release (releases/<version>/ids.json) still has its record file, or is retired in releases/retired.json.',
  collect: {},
  judge(_facts, report, { ids, releases }) {
    if (!releases.retiredKnown) return;
    const reported = new Set<string>();
    for (const { release, table, id } of releases.frozen) {
      const key = `${table}/${id}`;
      if (ids.get(table)?.has(id) || releases.retired.has(id) || reported.has(key)) continue;
      reported.add(key);
      report(
        { file: RETIRED, table: table as Table, fact: undefined as never },
        '',
        `${key}, an id of release ${release}, has no record: ids are never removed silently`,
        `put data/${table}/${id}.json back, or retire the id: add { "id": "${id}", "table": "${table}", "retired_in": "<next version>", "reason": "...", "replaced_by": "<its replacement, if any>" } to ${RETIRED} (a major version)`,
      );
    }
  },
});
