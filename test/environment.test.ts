import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readJson } from './support/project.js';
import { findTool } from './support/tools.js';

/**
 * What the project asks of the machine. npm run build starts with npm ci: a newcomer's first command. npm (11.16 on) warns about every
 * dependency whose install script package.json's allowScripts does not decide on, and npm 12 skips
 * those scripts; so each one in the lock file is decided, on purpose, in package.json.
 */
describe('install', () => {
  it("decides on every dependency's install script in package.json (allowScripts), so npm ci prints no warning", () => {
    const lock = readJson(join(ROOT, 'package-lock.json')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([, p]) => p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    const decided = Object.keys(readJson(join(ROOT, 'package.json')).allowScripts ?? {});
    expect(withScripts.filter((name) => !decided.includes(name))).toEqual([]);
  });
});

describe('the readers the tests need (pandas, R, LibreOffice)', () => {
  it('are taken from their variable when it is set, and fail naming it and the install line, never falling back unannounced', () => {
    process.env.DPRK_TEST_TOOL = '/nonexistent/python3';
    try {
      expect(() => findTool('a test tool', 'DPRK_TEST_TOOL', ['node'], ['--version'], 'apt-get install the-tool, or set DPRK_TEST_TOOL')).toThrow(
        'no a test tool (tried DPRK_TEST_TOOL=/nonexistent/python3): apt-get install the-tool, or set DPRK_TEST_TOOL',
      );
    } finally {
      delete process.env.DPRK_TEST_TOOL;
    }
    expect(findTool('a test tool', 'DPRK_TEST_TOOL', ['/nonexistent/tool', 'node'], ['--version'], '')).toBe('node');
  });
});
