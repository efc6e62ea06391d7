import { describe, expect, it } from 'vitest';
import { compareSnapshots } from '../scripts/release/compare-snapshots.js';

describe('compareSnapshots (release notes and the frozen-version check of npm run release:ids)', () => {
  it('tells added, changed and gone ids apart', () => {
    expect(compareSnapshots({ parties: { a: '1', b: '2' } }, { parties: { b: '3', c: '4' } })).toEqual([
      { table: 'parties', added: ['c'], changed: ['b'], gone: ['a'] },
    ]);
  });

  it('lists a new record "constructor" (a valid id) as added, and a gone one as gone: ids are own keys, never inherited ones', () => {
    expect(compareSnapshots({ parties: { a: '1' } }, { parties: { a: '1', constructor: '5' } })).toEqual([
      { table: 'parties', added: ['constructor'], changed: [], gone: [] },
    ]);
    expect(compareSnapshots({ parties: { a: '1', constructor: '5' } }, { parties: { a: '1' } })).toEqual([
      { table: 'parties', added: [], changed: [], gone: ['constructor'] },
    ]);
  });
});
