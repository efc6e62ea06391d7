import { describe, expect, it } from 'vitest';
import { readReleases } from '../../scripts/load/read-releases.js';
import { checkRecords } from '../../scripts/pipeline.js';
import { ROOT } from '../support/project.js';
import { newRecord, ofRule, realRecords, realSchemas } from '../support/rules.js';

/** A retired id names what it named in the releases that had it: the build refuses a record that takes it again. */
describe('retired-ids-not-reused', () => {
  const releases = readReleases(ROOT);
  const retiring = (id: string, replaced_by?: string) => ({
    ...releases,
    retired: new Map([...releases.retired, [id, { id, table: 'treaties', retired_in: '0.1.0', reason: 'test', ...(replaced_by ? { replaced_by } : {}) }]]),
  });

  it('passes the real records', () => {
    expect(ofRule(checkRecords(realSchemas, [...realRecords], undefined, releases).problems, 'retired-ids-not-reused')).toEqual([]);
  });

  it('refuses a record whose id was retired, in any table', () => {
    const treaty = realRecords.find((r) => r.file === 'data/treaties/csp-2024.json')!;
    const reused = newRecord('events', 'old-name', {
      ...(realRecords.find((r) => r.file === 'data/events/csp-2024-signing.json')!.data as object),
      id: 'old-name',
    });
    const problems = checkRecords(realSchemas, [...realRecords, reused], undefined, retiring('old-name', treaty.stem)).problems;
    expect(ofRule(problems, 'retired-ids-not-reused')).toEqual([
      {
        file: 'data/events/old-name.json',
        pointer: '/id',
        message: 'id "old-name" was retired in 0.1.0 (releases/retired.json): an id is never used again',
        fix: 'give this record an id of its own (the retired id was replaced by csp-2024)',
        rule: 'retired-ids-not-reused',
      },
    ]);
  });
});
