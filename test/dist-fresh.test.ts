import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../scripts/pipeline.js';
import { ROOT, treeHash } from './support/project.js';

describe('dist/ is exactly what the build produces', () => {
  it('has every file the build makes, byte for byte, and nothing else', async () => {
    const result = await buildDataset(ROOT);
    expect(result.problems).toEqual([]);
    const built = [...result.output!.keys()].sort();
    expect(Object.keys(treeHash(join(ROOT, 'dist'))).sort()).toEqual(built);
    const stale = built.filter((f) => readFileSync(join(ROOT, 'dist', f), 'utf8') !== result.output!.get(f));
    expect(stale, 'run npm run build:data and commit dist/').toEqual([]);
  });

  it('has the generated documents at the root, up to date', async () => {
    const result = await buildDataset(ROOT);
    for (const [rel, text] of result.docs!) expect(readFileSync(join(ROOT, rel), 'utf8'), `${rel} is stale: run npm run build:data`).toBe(text);
  });
});
