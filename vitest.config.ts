import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One worker more than the cores (vitest's default is one fewer): many tests wait on a child
    // process (a build, Python, R, a browser), so a third worker keeps both cores busy on a 2-core machine.
    maxWorkers: availableParallelism() + 1,
  },
});
