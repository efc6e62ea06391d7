import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { entryKind, kindAt } from '../load/read-raw.mjs';
import { buildDataset } from '../pipeline.js';
import { contentBytes, type Content } from '../export/output.js';
import { formatProblem } from '../problem.js';

/**
 * Every entry under a folder that is not a folder, relative to it, in code-unit order, with what it is
 * when it is not a regular file. Links are never followed (one to / would walk the whole disk) and
 * nothing but a regular file is ever read (a FIFO would block the release, holding the lock).
 */
function filesUnder(dir: string, prefix = ''): { path: string; odd?: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [{ path: `${prefix}${e.name}`, ...(e.isFile() ? {} : { odd: entryKind(e) }) }],
    );
}

/**
 * Why dist/ and the generated documents are not what data/ builds to, in one line, or undefined when
 * they are. The data is built in memory (nothing is written) and compared byte for byte, so that a
 * release never ships data older than data/, nor data that fails the build's checks.
 */
export async function distMismatch(root: string): Promise<string | undefined> {
  const dist = new Map<string, Content>();
  const docs = new Map<string, Content>();
  const { problems } = await buildDataset(root, { dist, docs });
  if (problems.length > 0) return `data/ does not build (${problems.length} problem(s), first: ${formatProblem(problems[0]!)})`;
  const built = [...dist.keys()].sort();
  const under = filesUnder(join(root, 'dist'));
  const odd = under.find((f) => f.odd !== undefined);
  if (odd) return `dist/${odd.path} is ${odd.odd}, not a file the build makes`;
  const extra = under.filter((f) => !dist.has(f.path));
  if (extra.length > 0) return `dist/${extra[0]!.path} is not made by the build`;
  // A document is read only if it is a regular file (never through a link, never a FIFO).
  const differs = (path: string, content: Content) => kindAt(path) !== 'a file' || !readFileSync(path).equals(contentBytes(content));
  const staleDist = built.find((f) => differs(join(root, 'dist', f), dist.get(f)!));
  if (staleDist !== undefined) return `dist/${staleDist} does not match data/`;
  const staleDoc = [...docs.keys()].sort().find((f) => differs(join(root, f), docs.get(f)!));
  if (staleDoc !== undefined) return `${staleDoc} does not match data/`;
  return undefined;
}
