// @ts-check
// Plain JavaScript, so that the reader thread loads the kept validation code as the main thread does.
import { createRequire } from 'node:module';

const nodeRequire = createRequire(import.meta.url);

/**
 * Runs ajv's standalone validation code (CommonJS text exporting a validator per table), which
 * requires only ajv's runtime and ajv-formats (create-ajv.ts makes it so).
 * @param {string} code
 * @returns {Record<string, import('ajv').ValidateFunction>}
 */
export function loadValidators(code) {
  const module = { exports: {} };
  new Function('require', 'module', 'exports', code)(nodeRequire, module, module.exports);
  return /** @type {Record<string, import('ajv').ValidateFunction>} */ (module.exports);
}
