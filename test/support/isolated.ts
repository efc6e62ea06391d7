/**
 * The test files that run in a module graph of their own (vitest.config.ts): those that mock a module
 * or stub a global, which in a graph shared with other files would leak into them or see modules
 * already loaded without the mock. Every other file shares its worker's graph (isolate: false).
 */
export const ISOLATED = ['test/listing-order.test.ts'];
