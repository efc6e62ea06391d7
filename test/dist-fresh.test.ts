import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/pipeline.js';
import { generateTypes, generateTypesFile } from '../scripts/types/generate-types.js';
import { TYPES_FILE } from '../scripts/types/read-types.js';
import { readonlyTypes } from '../scripts/types/readonly-types.js';
import { readSchemas } from '../scripts/load/read-schemas.js';
import { contentBytes, type Content } from '../scripts/export/output.js';
import { ROOT, treeHash } from './support/project.js';

/** What the build makes, kept in memory, against what is committed. */
const dist = new Map<string, Content>();
const docs = new Map<string, Content>();
beforeAll(async () => {
  const result = await buildDataset(ROOT, { dist, docs });
  expect(result.problems).toEqual([]);
});

describe('dist/ is exactly what the build produces', () => {
  it('has every file the build makes, byte for byte, and nothing else', () => {
    const built = [...dist.keys()].sort();
    expect(Object.keys(treeHash(join(ROOT, 'dist'))).sort()).toEqual(built);
    const stale = built.filter((f) => !readFileSync(join(ROOT, 'dist', f)).equals(contentBytes(dist.get(f)!)));
    expect(stale, 'run npm run build:data and commit dist/').toEqual([]);
  });

  it("has the type declarations json-schema-to-typescript generates now, which the build's own code uses too", async () => {
    const fresh = await generateTypes(readSchemas(join(ROOT, 'schema')));
    expect(readFileSync(TYPES_FILE, 'utf8'), 'scripts/types/dataset.d.ts is stale: run npm run fix').toBe(
      await generateTypesFile(readSchemas(join(ROOT, 'schema'))),
    );
    // The record types, read-only for the package's users, then the id unions drawn from the data (EventId, ...).
    for (const file of ['types.d.mts', 'types.d.cts'])
      expect(readFileSync(join(ROOT, 'dist', file), 'utf8').startsWith(`${readonlyTypes(fresh).trimEnd()}\n\n`), file).toBe(true);
  });

  it('has the generated documents at the root, up to date', () => {
    expect([...docs.keys()].sort()).toEqual(['CITATION.cff', 'CODEBOOK.md']);
    for (const [rel, text] of docs) expect(readFileSync(join(ROOT, rel), 'utf8'), `${rel} is stale: run npm run build:data`).toBe(text);
  });
});
