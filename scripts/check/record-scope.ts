/**
 * Per-record memos with a lifetime: several rules ask the same question of the record at hand (its
 * values, its references), so the answer is kept while the runner checks that record or runs one
 * judgement (inRecordScope), and never served once that ends, however it ends. A record changed
 * before the next check is seen as it is. Outside a scope (a rule called on its own) every answer
 * is computed afresh.
 */

/** The scope now open (0: none). Each scope gets a number of its own, so an answer kept in one is never served in another. */
let current = 0;
let opened = 0;

/** Runs run with per-record memos kept; none of what they keep is served after run ends. */
export function inRecordScope<T>(run: () => T): T {
  const outer = current;
  current = ++opened;
  try {
    return run();
  } finally {
    // Back in the outer scope, under a new number: what was kept in this one is not served there either.
    current = outer === 0 ? 0 : ++opened;
  }
}

/** compute, answered once per record within a scope: the last record's answer is kept for the next ask. */
export function memoPerRecord<R>(compute: (record: unknown) => R): (record: unknown) => R {
  let last: unknown;
  let answer: R | undefined;
  let keptIn = 0;
  return (record) => {
    // Only objects are kept: a primitive has no identity to change under it.
    if (current === 0 || typeof record !== 'object' || record === null) return compute(record);
    if (keptIn !== current || record !== last) {
      answer = compute(record);
      last = record;
      keptIn = current;
    }
    return answer as R;
  };
}
