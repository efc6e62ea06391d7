/** A release's ids with their records' hashes, per table (releases/<version>/ids.json). */
export type Snapshot = Record<string, Record<string, string>>;

/**
 * Per table, in table order, the ids added, changed (another hash) and gone from one snapshot to the
 * next. Ids are looked up as own keys only: "constructor" is a valid id, and `in` would find it on
 * every object (a new record "constructor" would be listed as changed, never as added).
 */
export function compareSnapshots(was: Snapshot, now: Snapshot): { table: string; added: string[]; changed: string[]; gone: string[] }[] {
  return Object.keys({ ...was, ...now })
    .sort()
    .map((table) => {
      const a = Object.hasOwn(was, table) ? was[table]! : {};
      const b = Object.hasOwn(now, table) ? now[table]! : {};
      return {
        table,
        added: Object.keys(b).filter((id) => !Object.hasOwn(a, id)),
        changed: Object.keys(b).filter((id) => Object.hasOwn(a, id) && a[id] !== b[id]),
        gone: Object.keys(a).filter((id) => !Object.hasOwn(b, id)),
      };
    });
}
