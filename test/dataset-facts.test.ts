import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSchemas } from '../scripts/load/read-schemas.js';
import { ROOT, readJson } from './support/project.js';

/**
 * Facts this dataset records, checked against the data: not rules (the build enforces those, see
 * scripts/check/rules/), but what the curators established and must not lose by an edit.
 */
const t = readJson(join(ROOT, 'dist', 'json', 'dataset.json')).tables;
const chain = readSchemas(join(ROOT, 'schema')).groups.get('ratification-chain')!;

describe('the curated facts', () => {
  it("record every step of the 2024 treaty's ratification chain", () => {
    const steps = new Set(t.events.filter((e: any) => e.treaty === 'csp-2024' && chain.has(e.type)).map((e: any) => e.type));
    expect(steps).toEqual(new Set(chain));
  });

  it('record where the seed article is wrong, citing it for the rejected value', () => {
    const seed = t.sources.find((s: any) => s.title === 'DPRK ratifies defense treaty with Russia');
    expect(seed, 'the seed article is a source record').toBeDefined();
    const citedForRejected = t.events.some((e: any) => (e.date.alternatives ?? []).some((a: any) => a.sources.some((c: any) => c.source === seed.id)));
    expect(citedForRejected).toBe(true);
    expect(seed.notes).toBeTruthy();
  });
});
