import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../pipeline.js';
import { contentBytes, type Content } from '../export/output.js';
import { formatProblem } from '../problem.js';

/** Every file under a folder, relative to it, in code-unit order. */
function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));
}

/**
 * Why dist/ and the generated documents are not what data/ builds to, in one line, or undefined when
 * they are. The data is built in memory (nothing is written) and compared byte for byte, so that a
 * release never ships data older than data/, nor data that fails the build's checks.
 */
export async function distMismatch(root: string): Promise<string | undefined> {
  const dist = new Map<string, Content>();
  const docs = new Map<string, Content>();
  const { problems } = await buildDataset(root, { dist, docs }, { threads: false });
  if (problems.length > 0) return `data/ does not build (${problems.length} problem(s), first: ${formatProblem(problems[0]!)})`;
  const built = [...dist.keys()].sort();
  const extra = filesUnder(join(root, 'dist')).filter((f) => !dist.has(f));
  if (extra.length > 0) return `dist/${extra[0]} is not made by the build`;
  const differs = (path: string, content: Content) => !existsSync(path) || !readFileSync(path).equals(contentBytes(content));
  const staleDist = built.find((f) => differs(join(root, 'dist', f), dist.get(f)!));
  if (staleDist !== undefined) return `dist/${staleDist} does not match data/`;
  const staleDoc = [...docs.keys()].sort().find((f) => differs(join(root, f), docs.get(f)!));
  if (staleDoc !== undefined) return `${staleDoc} does not match data/`;
  return undefined;
}
