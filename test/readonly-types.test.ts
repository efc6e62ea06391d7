import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPES_FILE } from '../scripts/types/read-types.js';
import { ROOT } from './support/project.js';

/**
 * The package's record types are read-only at every level (scripts/types/readonly-types.ts): only the
 * table arrays are frozen at run time, so the types must stop every change to a record. Checked by TypeScript itself: a type equals its deeply readonly form only when every
 * property, array and tuple in it is readonly already.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dprk-readonly-'));
  copyFileSync(join(ROOT, 'dist', 'types.d.mts'), join(dir, 'package-types.d.mts'));
  copyFileSync(TYPES_FILE, join(dir, 'build-types.d.mts'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs tsc on a check of one declarations file; gives its errors ('' when it compiles). */
function deeplyReadonly(types: string, name: string): string {
  writeFileSync(
    join(dir, `${name}.mts`),
    `import type { Dataset } from './${types}.mjs';
type Equal<X, Y> = (<G>() => G extends X ? 1 : 2) extends (<G>() => G extends Y ? 1 : 2) ? true : false;
type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
export const deep: Equal<Dataset, DeepReadonly<Dataset>> = true;
`,
  );
  const args = ['--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--ignoreConfig', `${name}.mts`];
  try {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return '';
  } catch (err) {
    return String((err as { stdout: string }).stdout);
  }
}

describe("the package's record types", () => {
  it('are readonly at every level: every property, array and tuple of every table', () => {
    expect(deeplyReadonly('package-types', 'package')).toBe('');
  });

  it("and the check sees a writable one: the build's own generated types fail it", () => {
    expect(deeplyReadonly('build-types', 'build')).toMatch(/build\.mts\(4,14\): error TS2322/);
  });
});
