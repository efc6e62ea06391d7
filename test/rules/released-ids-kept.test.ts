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

/** An ids.json edited by hand is blamed, and restored: no retirement or new record can put it right. */
describe('released-ids-kept, on a release whose ids.json was edited', () => {
  const releases = readReleases(ROOT);
  const lines = (frozen: typeof releases.frozen) =>
    ofRule(checkRecords(realSchemas, [...realRecords], undefined, { ...releases, frozen }).problems, 'released-ids-kept').map(
      (p) => `${p.file} ${p.pointer}: ${p.message} (fix: ${p.fix})`,
    );
  const restore = 'restore it as the release wrote it, from version control (git log -- releases/0.1.0/ids.json)';

  it('names a table that is no table once, against the ids.json, not each of its ids against retired.json', () => {
    const frozen = releases.frozen.map((f) => (f.release === '0.1.0' && f.table === 'events' ? { ...f, table: 'event' } : f));
    const found = lines(frozen);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^releases\/0\.1\.0\/ids\.json \/event: freezes ids in "event", which is not a table of the dataset \(tables: claims, clauses, codings, events, parties, sources, treaties\) \(fix: did you mean "events"\? restore it as the release wrote it/,
    );
  });

  it('names an id that is no id, and an id frozen in one table whose record is in another', () => {
    const frozen = [
      ...releases.frozen.filter((f) => !(f.release === '0.1.0' && f.id === 'kcna')),
      { release: '0.1.0', table: 'sources', id: 'kcna' },
      { release: '0.1.0', table: 'parties', id: 'KCNA copy' },
    ];
    const found = lines(frozen);
    expect(found).toHaveLength(2);
    expect(found[1]).toContain(
      `releases/0.1.0/ids.json /sources/kcna: sources/kcna, an id of release 0.1.0, has no record in data/sources/, but data/parties/kcna.json bears the id`,
    );
    expect(found[1]).toContain(`(fix: move the record back to data/sources/kcna.json; if it never left, ${restore}`);
    expect(found[0]).toContain(
      `releases/0.1.0/ids.json /parties/KCNA copy: freezes "KCNA copy", which is not an id (a-z, 0-9 and single hyphens) (fix: ${restore}`,
    );
  });
});
