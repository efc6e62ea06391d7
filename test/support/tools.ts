import { spawnSync } from 'node:child_process';

/**
 * The independent readers the tests load the exports with. Found from the environment (PYTHON,
 * SOFFICE), else at Debian's paths; when one is missing the test fails and says what to install
 * (.ci/run installs them), rather than skipping.
 */
const works = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

/** A Python 3 with pandas and openpyxl. */
export function python(): string {
  const candidates = [process.env.PYTHON, '/usr/bin/python3'].filter((c): c is string => !!c);
  const found = candidates.find((c) => works(c, ['-c', 'import pandas, openpyxl']));
  if (!found) throw new Error(`no Python with pandas and openpyxl (tried ${candidates.join(', ')}): apt-get install python3-pandas python3-openpyxl, or set PYTHON`);
  return found;
}

/** LibreOffice, for converting a workbook headless. */
export function soffice(): string {
  const candidates = [process.env.SOFFICE, 'soffice', '/usr/bin/soffice'].filter((c): c is string => !!c);
  const found = candidates.find((c) => works(c, ['--version']));
  if (!found) throw new Error(`no LibreOffice (tried ${candidates.join(', ')}): apt-get install libreoffice-calc-nogui, or set SOFFICE`);
  return found;
}
