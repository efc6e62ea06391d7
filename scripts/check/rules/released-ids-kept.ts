import { closest } from '../../closest.js';
import { RETIRED, restore } from '../../load/read-releases.js';
import { pointerOf } from '../../problem.js';
import type { Table } from '../../types/records.js';
import { datasetRule } from '../rule.js';

/**
 * Ids are forever (README, Versioning): every id a past release froze (releases/<version>/ids.json)
 * still names a record file of its table, or is listed in releases/retired.json. A missing id has no
 * file of its own, so it is reported against releases/retired.json, where its retirement would go.
 * What no data can have put right, a frozen table that is no table, a frozen id that is no id, or an id
 * whose record is in another table, is reported against the release's ids.json itself: an ids.json
 * edited by hand is restored, never answered by retiring ids or adding records. While
 * releases/retired.json cannot be read, no id is said to be missing: any of them may be retired there,
 * and the file's own problem is reported (read-releases.ts).
 */
export default datasetRule<never>({
  name: 'released-ids-kept',
  description: 'Every id of a past release (releases/<version>/ids.json) still has its record file, or is retired in releases/retired.json.',
  collect: {},
  judge(_facts, report, { ids, releases, isId }) {
    if (!releases.retiredKnown) return;
    const tables = [...ids.keys()];
    const at = (file: string, table: string) => ({ file, table: table as Table, fact: undefined as never });
    const reported = new Set<string>();
    for (const { release, table, id } of releases.frozen) {
      const key = `${table}/${id}`;
      const file = `releases/${release}/ids.json`;
      if (ids.get(table)?.has(id) || releases.retired.has(id) || reported.has(key)) continue;
      if (!ids.has(table)) {
        // Once per release and table: every id under it is frozen in no table at all.
        if (reported.has(`${release}:${table}`)) continue;
        reported.add(`${release}:${table}`);
        const meant = closest(table, tables);
        report(
          at(file, table),
          pointerOf(table),
          `freezes ids in "${table}", which is not a table of the dataset (tables: ${tables.join(', ')})`,
          `${meant ? `did you mean "${meant}"? ` : ''}${restore(file)}`,
        );
        continue;
      }
      reported.add(key);
      if (!isId(id)) {
        report(at(file, table), pointerOf(table, id), `freezes "${id}", which is not an id (a-z, 0-9 and single hyphens)`, restore(file));
        continue;
      }
      const holder = tables.find((t) => ids.get(t)!.has(id));
      if (holder !== undefined) {
        report(
          at(file, table),
          pointerOf(table, id),
          `${key}, an id of release ${release}, has no record in data/${table}/, but data/${holder}/${id}.json bears the id: a record never changes table`,
          `move the record back to data/${table}/${id}.json; if it never left, ${restore(file)}`,
        );
        continue;
      }
      report(
        at(RETIRED, table),
        '',
        `${key}, an id of release ${release}, has no record: ids are never removed silently`,
        `put data/${table}/${id}.json back, or retire the id: add { "id": "${id}", "table": "${table}", "retired_in": "<next version>", "reason": "...", "replaced_by": "<its replacement, if any>" } to ${RETIRED} (a major version)`,
      );
    }
  },
});
