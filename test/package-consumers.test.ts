import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, readJson } from './support/project.js';

/**
 * Packs the package, installs the tarball into an empty project and uses it as each kind of consumer
 * would. One pack and one install serve every case; the checkers that need only the tarball or the
 * installed package (TypeScript, publint, attw) start together once it is there, and each case reads
 * the result it asserts on.
 */
let dir: string;
let tarball: string;
/** What npm pack reports it packed: its files are what the package ships. */
let packed: { filename: string; files: { path: string }[] };
const run = (cmd: string, args: string[], cwd = dir) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
interface Ran {
  status: number;
  stdout: string;
  stderr: string;
}
/** Starts a command without waiting for it; the promise never rejects, it carries the exit status. */
const start = (cmd: string, args: string[], cwd = dir): Promise<Ran> =>
  new Promise((resolve) =>
    execFile(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 }, (err, stdout, stderr) =>
      resolve({ status: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
    ),
  );
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');
const dataset = readJson(join(ROOT, 'dist', 'json', 'dataset.json'));
const count = (table: string) => (dataset.tables[table] as unknown[]).length;
const tables = Object.keys(dataset.tables).map((t) => `tables/${t}`);

const typed = `
  import { treaties, events, eventsById, treatiesById, type Treaty, type Event, type DateFact, type EventId, type TreatyId, type Writable } from 'dprk-russia-treaty';
  const t: Treaty | undefined = treaties.find((x) => x.id === 'csp-2024');
  const signed: DateFact | undefined = t?.signed;
  const first: Event | undefined = events[0];
  const ids: string[] = events.map((e) => e.id);
  const signing: Event | undefined = eventsById.get('csp-2024-signing');
  const treaty: TreatyId | undefined = signing?.treaty;
  const again: Treaty | undefined = treaty && treatiesById.get(treaty);
  // @ts-expect-error the tables are readonly
  events.push(first!);
  // @ts-expect-error the lookups are readonly
  eventsById.set('csp-2024-signing', first!);
  // @ts-expect-error the records are readonly
  first!.title = 'changed';
  // @ts-expect-error and so is every value nested in a record
  first!.date.sources.push(first!.date.sources[0]);
  // A copy of one's own may be changed, and is still an Event.
  const mine = structuredClone(first!) as Writable<Event>;
  mine.date.sources.push(mine.date.sources[0]);
  const asEvent: Event = mine;
  // @ts-expect-error event types are a closed vocabulary
  const bad: Event['type'] = 'not-a-type';
  export const out = [signed?.value, ids.length, bad, again, asEvent];
`;
// Each line must fail on its own: a misspelt id, in a comparison, a lookup and a typed variable.
const misspelt = [
  "import { events } from 'dprk-russia-treaty';\nexport const x = events.find((e) => e.id === 'csp-2024-signnig');",
  "import { eventsById } from 'dprk-russia-treaty';\nexport const x = eventsById.get('csp-2024-signnig');",
  "import type { EventId } from 'dprk-russia-treaty';\nexport const x: EventId = 'csp-2024-signnig';",
  "import type { Event } from 'dprk-russia-treaty';\nexport const x: Event['treaty'] = 'csp-2042';",
];
const misspeltFiles = misspelt.map((_, i) => `misspelt${i}.mts`);
const readmeSnippets = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const readmeFiles = readmeSnippets.map((_, i) => `readme${i}.mts`);
const strict = { strict: true, noEmit: true, target: 'es2022', types: ['node'], skipLibCheck: false };

/**
 * The strict consumers, type-checked by two tsc runs instead of one per consumer: module nodenext
 * takes each file's format from its extension, so the ESM (.mts) and CommonJS (.cts) consumers, the
 * README's snippets and the misspelt ids are one program; the bundler consumer is the other.
 */
let nodenext: Promise<Ran>;
let bundler: Promise<Ran>;
let publint: Promise<Ran>;
let attw: Promise<Ran>;

/** tsc's errors, each with the file it is in ('' for an error of no file, such as a bad option). */
const errors = (r: Ran) =>
  `${r.stdout}\n${r.stderr}`
    .split('\n')
    .filter((line) => /error TS\d+/.test(line))
    .map((line) => ({ file: /^(.+?)\(\d+,\d+\): error TS/.exec(line)?.[1] ?? '', line }));
/** The consumer files: an error in one of them concerns that consumer only. */
const consumerFiles = new Set(['typed.mts', 'typed.cts', 'typed.ts', ...readmeFiles, ...misspeltFiles]);
/**
 * The errors that concern one consumer: those in its own files and those in no consumer file (the
 * package's declarations, the options), or tsc ending other than by reporting (exit 0, 1 or 2).
 */
const errorsFor = (r: Ran, own: string[]) => [
  ...(r.status < 0 || r.status > 2 ? [`tsc ended with ${r.status}: ${r.stderr}`] : []),
  ...errors(r)
    .filter((e) => own.includes(e.file) || !consumerFiles.has(e.file))
    .map((e) => e.line),
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dprk-consumer-'));
  packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], ROOT))[0];
  tarball = join(dir, packed.filename);
  // publint and attw read the tarball itself: they run while npm installs it.
  publint = start(join(ROOT, 'node_modules', '.bin', 'publint'), ['run', tarball, '--strict']);
  // Exits non-zero on any problem; node10 resolution is out of scope. citation.bib and dataset.jsonld
  // are files to read (require.resolve), not modules: TypeScript has no resolution for them to check.
  attw = start(join(ROOT, 'node_modules', '.bin', 'attw'), [
    tarball,
    '--profile',
    'node16',
    '--format',
    'ascii',
    '--include-entrypoints',
    ...tables,
    '--exclude-entrypoints',
    'citation.bib',
    'dataset.jsonld',
  ]);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball]);
  // TypeScript finds Node's types in the project's own node_modules.
  run('ln', ['-s', join(ROOT, 'node_modules', '@types'), join(dir, 'node_modules', '@types')]);
  for (const file of ['typed.mts', 'typed.cts', 'typed.ts']) writeFileSync(join(dir, file), typed);
  for (const [i, code] of readmeSnippets.entries()) writeFileSync(join(dir, readmeFiles[i]!), `${code}\nexport {};\n`);
  for (const [i, code] of misspelt.entries()) writeFileSync(join(dir, misspeltFiles[i]!), code);
  writeFileSync(
    join(dir, 'tsconfig.nodenext.json'),
    JSON.stringify({
      compilerOptions: { ...strict, module: 'nodenext', moduleResolution: 'nodenext' },
      files: ['typed.mts', 'typed.cts', ...readmeFiles, ...misspeltFiles],
    }),
  );
  writeFileSync(
    join(dir, 'tsconfig.bundler.json'),
    JSON.stringify({ compilerOptions: { ...strict, module: 'esnext', moduleResolution: 'bundler' }, files: ['typed.ts'] }),
  );
  nodenext = start(TSC, ['-p', 'tsconfig.nodenext.json']);
  bundler = start(TSC, ['-p', 'tsconfig.bundler.json']);
}, 120_000);
afterAll(async () => {
  // The checkers may still run when a case failed early: let them end before their folder goes.
  await Promise.all([nodenext, bundler, publint, attw]);
  rmSync(dir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('imports from ESM, with every table and the version', () => {
    writeFileSync(
      join(dir, 'esm.mjs'),
      `
      import * as d from 'dprk-russia-treaty';
      import events from 'dprk-russia-treaty/tables/events';
      import eventsJson from 'dprk-russia-treaty/json/events.json' with { type: 'json' };
      console.log(JSON.stringify({ treaties: d.treaties.length, events: d.events.length, sub: events.length, json: eventsJson.length, version: d.version }));
    `,
    );
    expect(JSON.parse(run('node', ['esm.mjs']))).toEqual({
      treaties: count('treaties'),
      events: count('events'),
      sub: count('events'),
      json: count('events'),
      version: dataset.version,
    });
  });

  it('requires from CommonJS, including the JSON and CSV subpaths', () => {
    writeFileSync(
      join(dir, 'cjs.cjs'),
      `
      const d = require('dprk-russia-treaty');
      const sources = require('dprk-russia-treaty/tables/sources');
      const fs = require('node:fs');
      const csv = fs.readFileSync(require.resolve('dprk-russia-treaty/csv/events.csv'), 'utf8');
      const dp = require('dprk-russia-treaty/datapackage.json');
      const schema = require('dprk-russia-treaty/schema/event.schema.json');
      console.log(JSON.stringify({ parties: d.parties.length, sources: sources.length, csvLines: csv.trim().split('\\r\\n').length - 1, resources: dp.resources.length > 0, schema: schema.$id, json: require('dprk-russia-treaty/json/parties.json').length }));
    `,
    );
    expect(JSON.parse(run('node', ['cjs.cjs']))).toEqual({
      parties: count('parties'),
      sources: count('sources'),
      csvLines: count('events'),
      resources: true,
      schema: 'event.schema.json',
      json: count('parties'),
    });
  });

  it('does not load the other tables when one table subpath is imported', () => {
    writeFileSync(
      join(dir, 'one.cjs'),
      `
      require('dprk-russia-treaty/tables/claims');
      console.log(JSON.stringify(Object.keys(require.cache).map((p) => p.split('/').pop()).sort()));
    `,
    );
    expect(JSON.parse(run('node', ['one.cjs']))).toEqual(['claims.cjs', 'claims.json', 'one.cjs']);
  });

  it('gives import and require the very same arrays (no dual-package copy of the data)', () => {
    writeFileSync(
      join(dir, 'both.mjs'),
      `
      import { createRequire } from 'node:module';
      import { events } from 'dprk-russia-treaty';
      import claims from 'dprk-russia-treaty/tables/claims';
      const require = createRequire(import.meta.url);
      console.log(JSON.stringify([events === require('dprk-russia-treaty').events, claims === require('dprk-russia-treaty/tables/claims')]));
    `,
    );
    expect(JSON.parse(run('node', ['both.mjs']))).toEqual([true, true]);
  });

  it('type-checks a strict TypeScript consumer (nodenext, ESM)', async () => {
    expect(errorsFor(await nodenext, ['typed.mts'])).toEqual([]);
  });

  it('type-checks a strict TypeScript consumer (nodenext, CommonJS)', async () => {
    expect(errorsFor(await nodenext, ['typed.cts'])).toEqual([]);
  });

  it('type-checks a strict TypeScript consumer (bundler)', async () => {
    const r = await bundler;
    expect(errorsFor(r, ['typed.ts'])).toEqual([]);
    expect(r.status, r.stdout).toBe(0);
  });

  it("type-checks the README's TypeScript snippets against the package", async () => {
    expect(readmeSnippets.length).toBeGreaterThan(0);
    expect(errorsFor(await nodenext, readmeFiles)).toEqual([]);
  });

  it('rejects a misspelt id at compile time, each in its own file', async () => {
    const r = await nodenext;
    expect(r.status).not.toBe(0);
    for (const f of misspeltFiles) expect(r.stdout, f).toMatch(new RegExp(`^${f}\\(2,\\d+\\): error TS`, 'm'));
  });

  it('freezes the table arrays, not the records (the README says so), and a copy of your own can change', () => {
    writeFileSync(
      join(dir, 'frozen.mjs'),
      `
      import { events } from 'dprk-russia-treaty';
      import claims from 'dprk-russia-treaty/tables/claims';
      const e = events[0];
      const attempt = (f) => { try { f(); return 'changed'; } catch (err) { return err.constructor.name; } };
      const tables = {
        push: attempt(() => events.push(e)),
        sort: attempt(() => events.sort()),
        reverse: attempt(() => events.reverse()),
        splice: attempt(() => claims.splice(0, 1)),
        index: attempt(() => { events[0] = events[1]; }),
      };
      // Not frozen at run time, so a change here would reach every importer: what the README warns of.
      const records = [Object.isFrozen(e), Object.isFrozen(e.date), Object.isFrozen(e.date.sources)];
      const title = e.title;
      const mine = structuredClone(e);
      mine.title = 'mine';
      mine.date.sources.push({ source: 'x' });
      const sorted = [...events].sort((a, b) => (a.id < b.id ? 1 : -1));
      const copy = [mine.title !== title && e.title === title, mine.date.sources.length === e.date.sources.length + 1, sorted.length];
      console.log(JSON.stringify({ tables, records, copy, unchanged: [events[0] === e, events.length] }));
    `,
    );
    expect(JSON.parse(run('node', ['frozen.mjs']))).toEqual({
      tables: { push: 'TypeError', sort: 'TypeError', reverse: 'TypeError', splice: 'TypeError', index: 'TypeError' },
      records: [false, false, false],
      copy: [true, true, count('events')],
      unchanged: [true, count('events')],
    });
  });

  it('looks records up by id, one shared read-only lookup per table from the main entry, the table modules and require', () => {
    writeFileSync(
      join(dir, 'lookup.mjs'),
      `
      import { createRequire } from 'node:module';
      import { events, eventsById, treatiesById } from 'dprk-russia-treaty';
      import claims, { claimsById } from 'dprk-russia-treaty/tables/claims';
      import { eventsById as fromTable } from 'dprk-russia-treaty/tables/events';
      const require = createRequire(import.meta.url);
      const e = events[events.length - 1];
      const attempt = (f) => { try { f(); return 'changed'; } catch (err) { return err.message; } };
      console.log(JSON.stringify({
        lookup: eventsById.get(e.id) === e,
        missing: eventsById.get('no-such-event') ?? null,
        size: eventsById.size,
        order: [...eventsById.keys()].join() === events.map((x) => x.id).join(),
        claims: claimsById.get(claims[0].id) === claims[0],
        shared: [fromTable === eventsById, require('dprk-russia-treaty').eventsById === eventsById],
        set: attempt(() => eventsById.set(e.id, e)),
        mine: new Map(treatiesById).size,
      }));
    `,
    );
    expect(JSON.parse(run('node', ['lookup.mjs']))).toEqual({
      lookup: true,
      missing: null,
      size: count('events'),
      order: true,
      claims: true,
      shared: [true, true],
      set: 'eventsById.set(): eventsById is read-only and shared by every importer; new Map(eventsById) gives a Map of your own',
      mine: count('treaties'),
    });
  });

  it('exports the figures, citation.bib and dataset.jsonld as subpaths', () => {
    writeFileSync(
      join(dir, 'assets.cjs'),
      `
      const fs = require('node:fs');
      const read = (p) => fs.readFileSync(require.resolve(p), 'utf8');
      console.log(JSON.stringify([read('dprk-russia-treaty/figures/timeline.svg').startsWith('<svg'), read('dprk-russia-treaty/citation.bib').startsWith('@misc'), JSON.parse(read('dprk-russia-treaty/dataset.jsonld'))['@type']]));
    `,
    );
    expect(JSON.parse(run('node', ['assets.cjs']))).toEqual([true, true, 'Dataset']);
  });

  it('ships only the intended files', () => {
    const files: string[] = packed.files.map((f) => f.path).sort();
    expect(files.filter((f) => !f.startsWith('dist/'))).toEqual(['CHANGELOG.md', 'CITATION.cff', 'CODEBOOK.md', 'LICENSE', 'README.md', 'package.json']);
    expect(files.filter((f) => f.startsWith('dist/')).length).toBe(
      readdirSync(join(ROOT, 'dist'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length,
    );
  });

  it('passes publint', async () => {
    const r = await publint;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/All good/);
  });

  it('passes @arethetypeswrong/cli (node16 and bundler), every table subpath included', async () => {
    const r = await attw;
    expect(r.status, r.stdout + r.stderr).toBe(0);
    for (const t of tables) expect(r.stdout).toContain(`dprk-russia-treaty/${t}`);
  });

  it('has no runtime dependencies', () => {
    const pkg = readJson(join(ROOT, 'package.json'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
  });
});
