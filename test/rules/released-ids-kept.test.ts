import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReleases } from '../../scripts/load/read-releases.js';
import { checkDataset, checkRecords } from '../../scripts/pipeline.js';
import { copyProject, removeProject, ROOT } from '../support/project.js';
import { ofRule, realRecords, realSchemas } from '../support/rules.js';

/** Ids are forever: the build refuses a dataset that lost an id of a past release without retiring it. */
describe('released-ids-kept', () => {
  const releases = readReleases(ROOT);
  const without = (file: string) => realRecords.filter((r) => r.file !== file);

  it('passes the real records', () => {
    expect(releases.frozen.length).toBeGreaterThan(0);
    expect(ofRule(checkRecords(realSchemas, [...realRecords], undefined, releases).problems, 'released-ids-kept')).toEqual([]);
  });

  it('refuses a record of a release deleted without an entry in releases/retired.json, once however many releases froze it', () => {
    const problems = checkRecords(realSchemas, without('data/events/csp-2024-signing.json'), undefined, releases).problems;
    expect(ofRule(problems, 'released-ids-kept')).toEqual([
      {
        file: 'releases/retired.json',
        pointer: '',
        message: 'events/csp-2024-signing, an id of release 0.1.0, has no record: ids are never removed silently',
        fix: 'put data/events/csp-2024-signing.json back, or retire the id: add { "id": "csp-2024-signing", "table": "events", "retired_in": "<next version>", "reason": "...", "replaced_by": "<its replacement, if any>" } to releases/retired.json (a major version)',
        rule: 'released-ids-kept',
      },
    ]);
  });

  it('accepts the deletion once the id is retired', () => {
    const retired = new Map(releases.retired);
    retired.set('csp-2024-signing', { id: 'csp-2024-signing', table: 'events', retired_in: '1.0.0', reason: 'test' });
    const problems = checkRecords(realSchemas, without('data/events/csp-2024-signing.json'), undefined, { ...releases, retired }).problems;
    expect(ofRule(problems, 'released-ids-kept')).toEqual([]);
  });

  it("is the build's: the check of a checkout reads its releases/", async () => {
    const dir = copyProject();
    try {
      cpSync(join(ROOT, 'releases'), join(dir, 'releases'), { recursive: true });
      rmSync(join(dir, 'data', 'events', 'csp-2024-signing.json'));
      const problems = ofRule((await checkDataset(dir)).problems, 'released-ids-kept');
      expect(problems.map((p) => `${p.file} ${p.message}`)).toEqual([
        'releases/retired.json events/csp-2024-signing, an id of release 0.1.0, has no record: ids are never removed silently',
      ]);
    } finally {
      removeProject(dir);
    }
  });
});
