import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readJson } from './support/project.js';

/** Ids are forever: an id of any release either still exists in the same table or is listed as retired. */
const current = readJson(join(ROOT, 'dist', 'json', 'dataset.json')).tables;
const retired: { id: string; table: string; retired_in: string; reason: string; replaced_by?: string }[] = readJson(join(ROOT, 'releases', 'retired.json'));
const releases = readdirSync(join(ROOT, 'releases')).filter((d) => existsSync(join(ROOT, 'releases', d, 'ids.json')));

describe('released ids', () => {
  it('has a snapshot for the current version', () => {
    expect(releases).toContain(readJson(join(ROOT, 'package.json')).version);
  });

  for (const release of releases) {
    it(`keeps every id of ${release}, or lists it as retired`, () => {
      const snapshot: Record<string, Record<string, string>> = readJson(join(ROOT, 'releases', release, 'ids.json'));
      const missing: string[] = [];
      for (const [table, ids] of Object.entries(snapshot)) {
        const now = new Set((current[table] ?? []).map((r: { id: string }) => r.id));
        for (const id of Object.keys(ids)) if (!now.has(id) && !retired.some((r) => r.id === id && r.table === table)) missing.push(`${table}/${id}`);
      }
      expect(missing).toEqual([]);
    });
  }

  it('never reuses a retired id', () => {
    const all = new Set(
      Object.values<{ id: string }[]>(current)
        .flat()
        .map((r) => r.id),
    );
    expect(retired.filter((r) => all.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});
