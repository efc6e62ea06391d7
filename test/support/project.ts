import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

export const ROOT = join(import.meta.dirname, '..', '..');
/**
 * Node's arguments for a command of scripts/ as npm runs it (npm run build:data, check, fix): one
 * process (the launcher imports the bundled entry), so that a kill reaches the command itself.
 */
export const scriptArgs = (entry: 'build' | 'check' | 'fix'): string[] => [join(ROOT, 'scripts', 'engine', 'launch.mjs'), join(ROOT, 'scripts', `${entry}.ts`)];

/** Node's arguments for the build's command line. */
export const BUILD_ARGS = scriptArgs('build');

/** Runs a command of scripts/ (as npm runs it) against a dataset folder; extra environment beside DATASET_ROOT. */
export const runScript = (entry: 'build' | 'check' | 'fix', dir: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, scriptArgs(entry), { env: { ...process.env, ...env, DATASET_ROOT: dir }, encoding: 'utf8' });

/** A throw-away copy of the dataset (schema, data, package.json, the changelog that dates a release, dist) that the real build CLI can run on. */
export function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dprk-treaty-'));
  for (const entry of ['schema', 'data', 'dist', 'package.json', 'CHANGELOG.md']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  return dir;
}

export function removeProject(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs `scripts/build.ts` (the command behind npm run build) against another project folder. */
export function runBuild(dir: string, env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = runScript('build', dir, env);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under a folder with its sha256, to prove a folder did or did not change. */
export function treeHash(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

export function writeFile(dir: string, rel: string, content: string | Buffer): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), content);
}

export function readJson<T = any>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The first record of a table (by file name) that satisfies a predicate. */
export function findRecord(table: string, pred: (r: any) => boolean = () => true): any {
  for (const name of readdirSync(join(ROOT, 'data', table)).sort()) {
    const r = readJson(join(ROOT, 'data', table, name));
    if (pred(r)) return r;
  }
  throw new Error(`no record in data/${table} fits`);
}
