import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, readJson } from './support/project.js';

/** Packs the package, installs the tarball into an empty project and uses it as each kind of consumer would. */
let dir: string;
let tarball: string;
const run = (cmd: string, args: string[], cwd = dir) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');
const dataset = readJson(join(ROOT, 'dist', 'json', 'dataset.json'));
const count = (table: string) => (dataset.tables[table] as unknown[]).length;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dprk-consumer-'));
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', dir], ROOT))[0];
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  tarball = join(dir, packed.filename);
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball]);
  // TypeScript finds Node's types in the project's own node_modules.
  run('ln', ['-s', join(ROOT, 'node_modules', '@types'), join(dir, 'node_modules', '@types')]);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

  const typed = `
    import { treaties, events, eventsById, treatiesById, type Treaty, type Event, type DateFact, type EventId, type TreatyId } from 'dprk-russia-treaty';
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
    // @ts-expect-error event types are a closed vocabulary
    const bad: Event['type'] = 'not-a-type';
    export const out = [signed?.value, ids.length, bad, again];
  `;
  // Each line must fail on its own: a misspelt id, in a comparison, a lookup and a typed variable.
  const misspelt = [
    "import { events } from 'dprk-russia-treaty';\nexport const x = events.find((e) => e.id === 'csp-2024-signnig');",
    "import { eventsById } from 'dprk-russia-treaty';\nexport const x = eventsById.get('csp-2024-signnig');",
    "import type { EventId } from 'dprk-russia-treaty';\nexport const x: EventId = 'csp-2024-signnig';",
    "import type { Event } from 'dprk-russia-treaty';\nexport const x: Event['treaty'] = 'csp-2042';",
  ];
  for (const [label, module, resolution, file] of [
    ['nodenext, ESM', 'nodenext', 'nodenext', 'typed.mts'],
    ['nodenext, CommonJS', 'nodenext', 'nodenext', 'typed.cts'],
    ['bundler', 'esnext', 'bundler', 'typed.ts'],
  ] as const) {
    it(`type-checks a strict TypeScript consumer (${label})`, () => {
      writeFileSync(join(dir, file), typed);
      writeFileSync(
        join(dir, `tsconfig.${resolution}.${file}.json`),
        JSON.stringify({
          compilerOptions: { strict: true, noEmit: true, module, moduleResolution: resolution, target: 'es2022', types: ['node'], skipLibCheck: false },
          files: [file],
        }),
      );
      expect(() => run(TSC, ['-p', `tsconfig.${resolution}.${file}.json`])).not.toThrow();
    });
  }

  it("type-checks the README's TypeScript snippets against the package", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const snippets = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(snippets.length).toBeGreaterThan(0);
    const files = snippets.map((code, i) => {
      writeFileSync(join(dir, `readme${i}.mts`), `${code}\nexport {};\n`);
      return `readme${i}.mts`;
    });
    writeFileSync(
      join(dir, 'tsconfig.readme.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          types: ['node'],
          noUnusedLocals: false,
        },
        files,
      }),
    );
    expect(() => run(TSC, ['-p', 'tsconfig.readme.json'])).not.toThrow();
  });

  it('rejects a misspelt id at compile time, each in its own file', () => {
    const files = misspelt.map((code, i) => {
      writeFileSync(join(dir, `misspelt${i}.mts`), code);
      return `misspelt${i}.mts`;
    });
    writeFileSync(
      join(dir, 'tsconfig.misspelt.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: ['node'] },
        files,
      }),
    );
    let output = '';
    try {
      run(TSC, ['-p', 'tsconfig.misspelt.json']);
    } catch (err) {
      output = String((err as { stdout: string }).stdout);
    }
    for (const f of files) expect(output, f).toMatch(new RegExp(`${f}\\(2,\\d+\\): error TS`));
  });

  it('freezes every record and table, and looks records up by id from the main entry and the table modules', () => {
    writeFileSync(
      join(dir, 'frozen.mjs'),
      `
      import { createRequire } from 'node:module';
      import { events, eventsById, parties } from 'dprk-russia-treaty';
      import claims, { claimsById } from 'dprk-russia-treaty/tables/claims';
      const require = createRequire(import.meta.url);
      const e = events[0];
      const tries = [() => events.push(e), () => { e.title = 'x'; }, () => { e.date.sources.push('x'); }, () => { parties[0].names = []; }];
      const threw = tries.map((f) => { try { f(); return false; } catch { return true; } });
      console.log(JSON.stringify({ threw, lookup: eventsById.get(e.id) === e, size: eventsById.size, claims: claimsById.get(claims[0].id) === claims[0], cjs: require('dprk-russia-treaty').eventsById === eventsById }));
    `,
    );
    expect(JSON.parse(run('node', ['frozen.mjs']))).toEqual({ threw: [true, true, true, true], lookup: true, size: count('events'), claims: true, cjs: true });
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
    const packed = JSON.parse(run('npm', ['pack', '--dry-run', '--json'], ROOT))[0];
    const files: string[] = packed.files.map((f: { path: string }) => f.path).sort();
    expect(files.filter((f) => !f.startsWith('dist/'))).toEqual(['CHANGELOG.md', 'CITATION.cff', 'CODEBOOK.md', 'LICENSE', 'README.md', 'package.json']);
    expect(files.filter((f) => f.startsWith('dist/')).length).toBe(
      readdirSync(join(ROOT, 'dist'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length,
    );
  });

  it('passes publint', () => {
    const out = run(join(ROOT, 'node_modules', '.bin', 'publint'), ['run', tarball, '--strict']);
    expect(out).toMatch(/All good/);
  });

  it('passes @arethetypeswrong/cli (node16 and bundler), every table subpath included', () => {
    const tables = Object.keys(dataset.tables).map((t) => `tables/${t}`);
    // Exits non-zero on any problem; node10 resolution is out of scope. citation.bib and dataset.jsonld
    // are files to read (require.resolve), not modules: TypeScript has no resolution for them to check.
    const out = run(join(ROOT, 'node_modules', '.bin', 'attw'), [
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
    for (const t of tables) expect(out).toContain(`dprk-russia-treaty/${t}`);
  });

  it('has no runtime dependencies', () => {
    const pkg = readJson(join(ROOT, 'package.json'));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.peerDependencies ?? {}).toEqual({});
  });
});
