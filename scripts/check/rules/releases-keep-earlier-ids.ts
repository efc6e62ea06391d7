import { restore } from '../../load/read-releases.js';
import { compareVersions } from '../../load/version.js';
import { pointerOf } from '../../problem.js';
import type { Table } from '../../types/records.js';
import { datasetRule } from '../rule.js';

/**
 * Each release freezes every id of the release before it, but those retired by then: a release's
 * ids.json is written once, by npm run release:ids, from data that still held them. An id missing from
 * a later ids.json was taken out by hand, and would stop being kept once no ids.json held it.
 */
export default datasetRule<never>({
  name: 'releases-keep-earlier-ids',
  description: "Each release's ids.json holds every id of the release before it, except the ids releases/retired.json retires by then.",
  collect: {},
  judge(_facts, report, { releases }) {
    if (!releases.retiredKnown) return;
    // A release whose ids.json could not be read is reported by itself, and compared with nothing.
    const unread = new Set(releases.problems.map((p) => p.file));
    const versions = releases.versions.filter((v) => !unread.has(`releases/${v}/ids.json`));
    const frozen = new Map(versions.map((v) => [v, new Map<string, Set<string>>()]));
    for (const f of releases.frozen) {
      const tables = frozen.get(f.release);
      if (!tables) continue;
      if (!tables.has(f.table)) tables.set(f.table, new Set());
      tables.get(f.table)!.add(f.id);
    }
    versions.forEach((version, i) => {
      if (i === 0) return;
      const before = versions[i - 1]!;
      const now = frozen.get(version)!;
      const file = `releases/${version}/ids.json`;
      for (const [table, ids] of frozen.get(before)!) {
        for (const id of ids) {
          if (now.get(table)?.has(id)) continue;
          const retired = releases.retired.get(id);
          if (retired && compareVersions(retired.retired_in, version) <= 0) continue;
          report(
            { file, table: table as Table, fact: undefined as never },
            now.has(table) ? pointerOf(table) : '',
            `leaves out ${table}/${id}, an id of release ${before} that releases/retired.json does not retire by ${version}`,
            `${restore(file)}; if ${id} was retired in ${version}, add its entry to releases/retired.json`,
          );
        }
      }
    });
  },
});
