import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The date a version was released, from its heading in CHANGELOG.md (`## [0.1.0] - 2026-12-01`);
 * undefined while the heading says "unreleased" or the version has none. Read from the changelog,
 * never from the clock, so the same commit always builds the same citation files.
 */
export function releaseDate(changelog: string, version: string): string | undefined {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^## \\[${escaped}\\] - (\\d{4}-\\d{2}-\\d{2})\\s*$`, 'm').exec(changelog);
  return heading?.[1];
}

/** releaseDate of a project folder's CHANGELOG.md (undefined when it has none). */
export function projectReleaseDate(root: string, version: string): string | undefined {
  const path = join(root, 'CHANGELOG.md');
  return existsSync(path) ? releaseDate(readFileSync(path, 'utf8'), version) : undefined;
}
