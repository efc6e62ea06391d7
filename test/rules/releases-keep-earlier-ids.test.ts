import { describe, expect, it } from 'vitest';
import { readReleases } from '../../scripts/load/read-releases.js';
import { checkRecords } from '../../scripts/pipeline.js';
import { ROOT } from '../support/project.js';
import { ofRule, realRecords, realSchemas } from '../support/rules.js';

const RULE = 'releases-keep-earlier-ids';

/** An id taken out of a later release's ids.json by hand is seen while an earlier release still holds it. */
describe(RULE, () => {
  const releases = readReleases(ROOT);
  const lines = (r: typeof releases) =>
    ofRule(checkRecords(realSchemas, [...realRecords], undefined, r).problems, RULE).map((p) => `${p.file} ${p.pointer}: ${p.message}`);

  it('passes the real releases', () => {
    expect(releases.versions.length).toBeGreaterThan(1);
    expect(lines(releases)).toEqual([]);
  });

  it('refuses an id of an earlier release left out of a later ids.json, unless retired by then', () => {
    const frozen = releases.frozen.filter((f) => !(f.release === '0.2.0' && f.id === 'kcna'));
    expect(lines({ ...releases, frozen })).toEqual([
      'releases/0.2.0/ids.json /parties: leaves out parties/kcna, an id of release 0.1.0 that releases/retired.json does not retire by 0.2.0',
    ]);
    const retired = new Map(releases.retired);
    retired.set('kcna', { id: 'kcna', table: 'parties', retired_in: '0.2.0', reason: 'test' });
    expect(lines({ ...releases, frozen, retired })).toEqual([]);
    retired.set('kcna', { id: 'kcna', table: 'parties', retired_in: '0.3.0', reason: 'test' });
    expect(lines({ ...releases, frozen, retired })).toHaveLength(1);
  });

  it('compares nothing with a release whose ids.json could not be read (reported by itself)', () => {
    const frozen = releases.frozen.filter((f) => f.release !== '0.2.0');
    const problems = [...releases.problems, { file: 'releases/0.2.0/ids.json', pointer: '', message: 'is not valid JSON' }];
    expect(lines({ ...releases, frozen, problems })).toEqual([]);
  });
});
