import { join } from 'node:path';
import { kindAt, outsideData, readTextFile } from './read-raw.mjs';

/**
 * The date a version was released, from its heading in CHANGELOG.md (`## [0.1.0] - 2026-12-01`);
 * undefined while the heading says "unreleased" or the version has none; a heading of the version
 * written in another form is refused, never read as "unreleased". Read from the changelog,
 * never from the clock, so the same commit always builds the same citation files.
 */
export function releaseDate(changelog: string, version: string): string | undefined {
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const heading = new RegExp(`^## \\[${escaped}\\] - (\\d{4}-\\d{2}-\\d{2})\\s*$`, 'm').exec(changelog);
  if (heading) return heading[1];
  // A heading of the version written otherwise ("## [0.3.0] – 2026-11-30", "## 0.3.0 - 2026-11-30") would
  // silently cite a released version as unreleased: refused, unless it says the version is unreleased.
  const near = new RegExp(`^##(?!#).*(?:^|[^0-9A-Za-z.])${escaped}(?:[^0-9A-Za-z.-]|$).*$`, 'm').exec(changelog)?.[0];
  if (near !== undefined && !/unreleased/i.test(near))
    throw new Error(
      `CHANGELOG.md /: the heading "${near.trim()}" is not written "## [${version}] - YYYY-MM-DD" (or "## [${version}] - Unreleased"), so version ${version} would be cited as unreleased`,
    );
  return undefined;
}

/**
 * releaseDate of a project folder's CHANGELOG.md (undefined when it has none), read by the rules of
 * record files: one that is there but not a readable regular file of text is refused in one line.
 */
export function projectReleaseDate(root: string, version: string): string | undefined {
  const path = join(root, 'CHANGELOG.md');
  if (kindAt(path) === undefined) return undefined;
  const read = readTextFile(path, 4 * 1024 * 1024);
  if (read.problems) throw new Error(`CHANGELOG.md /: ${outsideData(read.problems[0]!.message)}`);
  return releaseDate(read.text, version);
}
