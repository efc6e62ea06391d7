import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { contentBytes, type Content } from '../scripts/export/output.js';

/** The file system may list a folder in any order: the build must not care. Here every listing comes back reversed. */
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const reversed = ((...args: Parameters<typeof fs.readdirSync>) => [...(fs.readdirSync as any)(...args)].reverse()) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync: reversed }, readdirSync: reversed };
});

describe('file listing order', () => {
  it('does not change a byte of dist/', async () => {
    const { buildDataset } = await import('../scripts/pipeline.js');
    const root = join(import.meta.dirname, '..');
    // The mock is in force: listings come back in descending order.
    const listed = (await import('node:fs')).readdirSync(join(root, 'data', 'events'));
    expect(listed).toEqual([...listed].sort().reverse());
    const dist = new Map<string, Content>();
    const result = await buildDataset(root, { dist, docs: new Map() });
    expect(result.problems).toEqual([]);
    const differing = [...dist].filter(([path, content]) => !readFileSync(join(root, 'dist', path)).equals(contentBytes(content))).map(([p]) => p);
    expect(differing).toEqual([]);
  });
});
