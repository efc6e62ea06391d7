import { spawnSync } from 'node:child_process';

/**
 * The independent readers the tests load the exports with. Found from the environment (PYTHON,
 * RSCRIPT, SOFFICE), else at Debian's paths, else on PATH; when one is missing the test fails and
 * says what to install (.ci/run installs them), rather than skipping. A variable that is set is the
 * only candidate: a PYTHON without pandas fails naming it, never falls back to another Python
 * unannounced. Each is looked for once.
 */
const works = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;

const found = new Map<string, string>();
/** The first candidate that runs the probe: the variable's value if it is set, else the fallbacks in order. */
export function findTool(what: string, variable: string, fallbacks: string[], probe: string[], install: string): string {
  const known = found.get(what);
  if (known) return known;
  const set = process.env[variable];
  const tried = set ? [set] : fallbacks;
  const hit = tried.find((c) => works(c, probe));
  if (!hit) throw new Error(`no ${what} (tried ${set ? `${variable}=${set}` : tried.join(', ')}): ${install}`);
  found.set(what, hit);
  return hit;
}

/** A Python 3 with pandas and openpyxl. */
export const python = (): string =>
  findTool(
    'Python with pandas and openpyxl',
    'PYTHON',
    ['/usr/bin/python3', 'python3'],
    ['-c', 'import pandas, openpyxl'],
    'apt-get install python3-pandas python3-openpyxl, or set PYTHON',
  );

/** Rscript with readr and jsonlite. */
export const rscript = (): string =>
  findTool(
    'R with readr and jsonlite',
    'RSCRIPT',
    ['Rscript'],
    ['-e', 'suppressMessages({ library(readr); library(jsonlite) })'],
    'apt-get install r-base-core r-cran-readr r-cran-jsonlite, or set RSCRIPT',
  );

/**
 * Runs a reader and gives its standard output; what it says on standard error (R's start-up
 * messages) stays out of the test output and is shown only when it fails.
 */
export function run(cmd: string, args: string[], cwd?: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${cmd} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return r.stdout;
}

/** LibreOffice, for converting a workbook headless. */
export const soffice = (): string =>
  findTool('LibreOffice', 'SOFFICE', ['soffice', '/usr/bin/soffice'], ['--version'], 'apt-get install libreoffice-calc-nogui, or set SOFFICE');
