import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readJson } from './support/project.js';

/**
 * Ids are forever: the current version has frozen its ids. That every id of a release keeps its record
 * or is retired, and that no retired id is used again, are dataset rules the build enforces
 * (scripts/check/rules/released-ids-kept.ts, retired-ids-not-reused.ts).
 */
const releases = readdirSync(join(ROOT, 'releases')).filter((d) => existsSync(join(ROOT, 'releases', d, 'ids.json')));

describe('released ids', () => {
  it('has a snapshot for the current version', () => {
    expect(releases).toContain(readJson(join(ROOT, 'package.json')).version);
  });
});
