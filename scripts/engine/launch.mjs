// @ts-check
// Runs a TypeScript entry of scripts/ without the TypeScript loader at run time: the entry and
// everything it imports are bundled once into one plain-JavaScript file, kept in
// node_modules/.cache under a key of every source file of scripts/ and of package-lock.json, and
// run from there. A run after any edit bundles again (~0.3 s); every other run starts in Node's own
// time. Used by npm run check, npm run fix and npm run build:data; a fresh clone bundles on its first run.
//   node scripts/engine/launch.mjs scripts/check.ts [args...]
import { createHash } from 'node:crypto';
import { closeSync, constants, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { privateFolder } from './private-folder.mjs';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SCRIPTS = join(ROOT, 'scripts');
const CACHE = join(ROOT, 'node_modules', '.cache', 'dprk-russia-treaty', 'bundles');

/**
 * Every source file under a folder with its size and modification time, in a stable order.
 * @param {string} dir
 * @returns {string[]}
 */
function sources(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return sources(path);
      if (!/\.(ts|mts|mjs|js|json)$/.test(e.name)) return [];
      const { size, mtimeMs } = statSync(path);
      return [`${relative(ROOT, path)} ${size} ${mtimeMs}`];
    });
}

/**
 * The bundle's key: the checkout's own path, the entry, every source of scripts/ (by size and
 * modification time, which a stat gives without reading the file) and the locked dependencies. The
 * path counts because a bundle holds its checkout's absolute paths (import.meta.dirname, below): a
 * checkout moved or copied with its node_modules (mv, cp -a, tar) keeps every size and time, and
 * without the path in the key would run a bundle that reads, checks and writes the old location.
 * @param {string} entry
 */
function bundleKey(entry) {
  const lock = join(ROOT, 'package-lock.json');
  const lockStamp = existsSync(lock) ? `${statSync(lock).size} ${statSync(lock).mtimeMs}` : '';
  return createHash('sha256')
    .update([ROOT, relative(ROOT, entry), lockStamp, ...sources(SCRIPTS)].join('\n'))
    .digest('hex')
    .slice(0, 16);
}

/**
 * The last line of every bundle. A bundle is a list of declarations with the entry's own code last,
 * so one cut short (an empty file after a crash, before the disk had its bytes) still runs, does
 * nothing and exits 0: npm run check or the build would "pass" having checked nothing. A bundle is
 * run only when it ends with this line, and made again otherwise.
 */
const WHOLE = '// the whole bundle';

/**
 * Whether the bundle at path is there and whole (ends with WHOLE), read from its last bytes only.
 * @param {string} path
 */
function isWhole(path) {
  let fd;
  try {
    // Never waited on: a FIFO there is not a bundle.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return false;
  }
  try {
    const end = Buffer.from(`${WHOLE}\n`);
    const stats = fstatSync(fd);
    const size = stats.size;
    const tail = Buffer.alloc(end.length);
    return stats.isFile() && size >= end.length && readSync(fd, tail, 0, tail.length, size - tail.length) === tail.length && tail.equals(end);
  } finally {
    closeSync(fd);
  }
}

/**
 * Bundles the entry with esbuild into path. Each module keeps its own import.meta.url and dirname
 * (they locate files beside the sources: the generated types, the engine's worker), and the
 * bundle gets a require for the CommonJS dependencies bundled into it.
 * @param {string} entry
 * @param {string} path
 */
async function bundle(entry, path) {
  const esbuild = await import('esbuild').catch((err) => {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
    // A fresh clone before npm ci: one line that says what to do, not a stack trace.
    console.error('the dev tools are not installed (no esbuild in node_modules/): run npm run build, or npm ci, first');
    process.exit(1);
  });
  /** @type {import('esbuild').Plugin} */
  const ownMeta = {
    name: 'own-import-meta',
    setup(build) {
      build.onLoad({ filter: /[\\/]scripts[\\/].*\.(ts|mjs)$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8')
          .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
          .replaceAll('import.meta.filename', JSON.stringify(args.path))
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href));
        return { contents: text, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  // A bundle that could not be written whole (a full disk) leaves no part of itself behind.
  await esbuild
    .build({
      entryPoints: [entry],
      outfile: temp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent', // a failure throws with its messages; the first one may be retried elsewhere
      plugins: [ownMeta],
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      footer: { js: WHOLE },
    })
    .catch((err) => {
      rmSync(temp, { force: true });
      throw err;
    });
  // Renamed into place, so that a run killed meanwhile, or a run beside it, never sees half a bundle.
  renameSync(temp, path);
}

const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) throw new Error('usage: node scripts/engine/launch.mjs <entry.ts> [args...]');
const entry = resolve(entryArg);
const name = `${basename(entry).replace(/\.[mc]?ts$/, '')}-${bundleKey(entry)}.mjs`;
let path = join(CACHE, name);
if (!isWhole(path)) {
  try {
    await bundle(entry, path);
  } catch {
    // A checkout whose node_modules cannot be written (another user's, read-only, disk full) still
    // runs: the bundle goes to this user's own temporary folder instead, a folder of this user's alone
    // (in a shared temporary folder, another user could have made it first and put a bundle there).
    let dir;
    try {
      dir = privateFolder(join(tmpdir(), `dprk-russia-treaty-${process.getuid?.() ?? 'user'}`));
    } catch (err) {
      console.error(`cannot run ${relative(ROOT, entry)}: node_modules/.cache cannot be written, and ${/** @type {Error} */ (err).message}`);
      process.exit(1);
    }
    path = join(dir, name);
    if (!isWhole(path)) {
      try {
        await bundle(entry, path);
      } catch (err) {
        // Neither place could take the bundle (a full disk, a size limit): one line, not esbuild's stack.
        const message = String(/** @type {Error} */ (err)?.message ?? err)
          .split('\n')
          .filter((l) => l.trim() !== '')
          .slice(-1)[0];
        console.error(`cannot run ${relative(ROOT, entry)}: its bundle could not be written (${message?.trim()})`);
        process.exit(1);
      }
    }
  }
}
process.argv = [process.argv[0] ?? 'node', entry, ...args];
// For an entry that starts itself again on a worker thread (the benchmark's floor).
process.env.LAUNCH_BUNDLE = path;
await import(pathToFileURL(path).href);
