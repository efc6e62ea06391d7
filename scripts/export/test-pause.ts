/**
 * Test hook: when the environment variable names a positive number of milliseconds, the build says
 * "<what> paused" on standard error and stops (synchronously) for that long, so that a test can kill
 * it at that very point instead of guessing a delay. Unset, it costs one lookup.
 */
export function pauseForTests(variable: 'DATASET_TEST_PAUSE_IN_SWAP_MS' | 'DATASET_TEST_PAUSE_IN_STAGING_MS', what: string): void {
  const ms = Number(process.env[variable] ?? 0);
  if (!(ms > 0)) return;
  process.stderr.write(`${what} paused\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
