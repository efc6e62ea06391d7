import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { kindAt } from '../load/read-raw.mjs';
import { join, resolve } from 'node:path';
import { buildBundle } from './bundle.js';
import { distMismatch } from './dist-matches-data.js';
import { withCheckoutLock } from '../export/checkout-lock.js';
import { recoverInterrupted, writeFileNamed } from '../export/swap-journal.js';
import { exitWithFailure } from '../fail.js';

/**
 * npm run release: refuses unless dist/ and the generated documents are exactly what data/ builds
 * to (so the zip never ships stale data), then writes release/<name>-<version>.zip. Holds the
 * checkout's build lock throughout, so that no build swaps dist/ while it is read.
 */
const root = resolve(process.env.DATASET_ROOT ?? join(import.meta.dirname, '..', '..'));
try {
  await withCheckoutLock(root, 'release', async () => {
    // Written only into a real folder of the checkout: a link named release/ would put the zip elsewhere.
    const dir = join(root, 'release');
    const kind = kindAt(dir);
    if (kind !== undefined && kind !== 'a folder')
      throw new Error(`release is ${kind}: the zip is written only into a real folder release/ (nothing was written)`);
    // A build killed in its swap is finished first, so the check below sees whole outputs.
    recoverInterrupted(root);
    const mismatch = await distMismatch(root);
    if (mismatch !== undefined) throw new Error(`${mismatch}; run npm run build:data first (nothing was written)`);
    const { name, bytes } = buildBundle(root);
    mkdirSync(dir, { recursive: true });
    // Written beside, then renamed: a zip under its final name is always whole.
    const temp = join(dir, `.${name}.${process.pid}.tmp`);
    try {
      writeFileNamed(temp, bytes);
      renameSync(temp, join(dir, name));
    } finally {
      rmSync(temp, { force: true });
    }
    console.log(`release/${name}: ${bytes.length} bytes`);
  });
} catch (err) {
  exitWithFailure('release', err, root);
}
