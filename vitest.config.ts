import { accessSync, constants, statfsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { ISOLATED } from './test/support/isolated.js';

/**
 * The tests' temporary folders (copies of the project, the packed package's consumer, the site, the
 * browser's profile) go to a RAM file system when there is one with room and TMPDIR does not say
 * otherwise: the suite creates tens of thousands of files, and on this project's 2-core machine
 * creating a file in /tmp cost about 0.6 ms of kernel time against 0.01 ms in /dev/shm; the suite's
 * kernel time fell from 25 s to 9 s. The suite holds up to ~60 MB there at once, so a small
 * /dev/shm (a container's default is 64 MB) is left alone. Children (builds, npm, tsc, Chromium)
 * inherit TMPDIR.
 */
function ramTemp(): string | undefined {
  try {
    const fs = statfsSync('/dev/shm');
    if (fs.bavail * fs.bsize < 512 * 2 ** 20) return undefined;
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return undefined;
  }
}
if (!process.env.TMPDIR) {
  const ram = ramTemp();
  if (ram) process.env.TMPDIR = ram;
}

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One worker more than the cores (vitest's default is one fewer): many tests wait on a child
    // process (a build, Python, R, a browser), so a third worker keeps both cores busy on a 2-core machine.
    maxWorkers: availableParallelism() + 1,
    projects: [
      // Files share their worker's module graph (isolate: false): scripts/, ajv and the test support
      // are loaded once per worker instead of once per file, which cost a third of the suite's CPU
      // time. Safe because scripts/ keeps no state between calls except caches keyed by content;
      // a file that mocks a module or stubs a global is listed in test/support/isolated.ts
      // (test/isolation.test.ts makes sure of it) and gets a graph of its own.
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
