import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED } from './support/isolated.js';
import { ROOT } from './support/project.js';

/**
 * Test files share their worker's module graph (vitest.config.ts), so a mock or a stubbed global would
 * leak into the files after it, or miss modules they loaded first: a file that uses one must be in
 * test/support/isolated.ts, which gives it a graph of its own.
 */
const testFiles = readdirSync(join(ROOT, 'test'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => relative(ROOT, join(ROOT, 'test', f)));
const PER_FILE_STATE = /\bvi\s*\.\s*(mock|doMock|unmock|doUnmock|hoisted|stubGlobal|stubEnv|resetModules|useFakeTimers)\b/;

describe('test isolation', () => {
  it('gives a module graph of its own to every test file that mocks a module or stubs a global', () => {
    const needing = testFiles.filter((f) => PER_FILE_STATE.test(readFileSync(join(ROOT, f), 'utf8'))).sort();
    expect(needing.length).toBeGreaterThan(0);
    expect(needing).toEqual([...ISOLATED].sort());
  });
});
