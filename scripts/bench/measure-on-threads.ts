import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/**
 * How the bench's floor and ideal build are timed alike: in a process of its own (run through the
 * launcher), on the main thread and one more thread per further share, each running the same bundle
 * (the launcher names it), so that every thread starts as fast as this one. `work` does one share and
 * returns how many problems it met (none, for valid data). Then the number of bytes given as argv[3]
 * (what the build wrote) is written under the tree at argv[2]. Prints the time in-process and the peak RSS.
 */
export async function measureOnThreads<S>(shares: (dir: string) => S[], work: (share: S) => number, problems: string): Promise<void> {
  if (!isMainThread) {
    parentPort!.postMessage(work(workerData as S));
    return;
  }
  const dir = process.argv[2]!;
  const bytes = Number(process.argv[3]);
  const t0 = performance.now();
  const [mine, ...rest] = shares(dir);
  const others = rest.map(
    (share) =>
      new Promise<number>((resolve, reject) => {
        const worker = new Worker(process.env.LAUNCH_BUNDLE!, { workerData: share, argv: process.argv.slice(2) });
        worker.once('message', resolve);
        worker.once('error', reject);
      }),
  );
  const found = work(mine!) + (await Promise.all(others)).reduce((a, b) => a + b, 0);
  if (found > 0) throw new Error(`${found} ${problems}`);
  const out = join(dir, 'measure-out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'blob'), Buffer.alloc(bytes, 97));
  const ms = performance.now() - t0;
  rmSync(out, { recursive: true, force: true });
  console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024 }));
}
