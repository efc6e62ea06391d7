import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset, checkDataset } from '../scripts/pipeline.js';
import { THREAD_THRESHOLD, type EngineOptions } from '../scripts/engine/index.js';
import { contentBytes, type Content } from '../scripts/export/output.js';
import { formatProblem } from '../scripts/problem.js';
import { writeSyntheticDataset } from '../scripts/bench/synthetic-data.js';
import { ROOT, copyProject, findRecord, removeProject, writeFile } from './support/project.js';

/**
 * The engine (scripts/engine/) reads record files in chunks on a reader thread for a big dataset.
 * Neither the thread nor the chunk size may change a byte of the output or a line of the report.
 */
const inMemory = async (root: string, engine: EngineOptions, figures = true) => {
  const dist = new Map<string, Content>();
  const result = await buildDataset(root, { dist, docs: new Map() }, { engine, figures });
  return { dist, problems: result.problems.map(formatProblem) };
};

describe('a build whose engine reads on a thread of its own', () => {
  it('gives the committed dist/, byte for byte, whatever the threads and chunk size', async () => {
    for (const options of [
      { threads: true, chunkRecords: 13 },
      { threads: true, chunkRecords: 1 },
    ]) {
      const { dist, problems } = await inMemory(ROOT, options);
      expect(problems).toEqual([]);
      const differing = [...dist].filter(([path, content]) => !readFileSync(join(ROOT, 'dist', path)).equals(contentBytes(content))).map(([p]) => p);
      expect(differing, JSON.stringify(options)).toEqual([]);
      expect(dist.size).toBeGreaterThan(100);
    }
  });

  it('gives the same bytes with and without threads for a synthetic dataset above the threshold', async () => {
    const synthetic = mkdtempSync(join(tmpdir(), 'dprk-threads-'));
    try {
      writeSyntheticDataset(ROOT, synthetic, THREAD_THRESHOLD + 1000);
      const one = await inMemory(synthetic, { threads: false }, false);
      // No option: above the threshold, the engine reads on its thread by itself.
      const three = await inMemory(synthetic, { chunkRecords: 250 }, false);
      expect(one.problems).toEqual([]);
      expect(three.problems).toEqual([]);
      expect([...three.dist.keys()].sort()).toEqual([...one.dist.keys()].sort());
      const differing = [...one.dist].filter(([path, content]) => !contentBytes(content).equals(contentBytes(three.dist.get(path)!))).map(([p]) => p);
      expect(differing).toEqual([]);
    } finally {
      rmSync(synthetic, { recursive: true, force: true });
    }
  });

  it('reads again a chunk that a reader thread took but never handed over, when the thread ends early', async () => {
    for (const quits of ['0', '3']) {
      process.env.DATASET_TEST_READER_QUITS_AFTER = quits;
      try {
        const { dist, problems } = await inMemory(ROOT, { threads: true, chunkRecords: 13 });
        expect(problems).toEqual([]);
        const differing = [...dist].filter(([path, content]) => !readFileSync(join(ROOT, 'dist', path)).equals(contentBytes(content))).map(([p]) => p);
        expect(differing, `reader quits after ${quits} chunks`).toEqual([]);
      } finally {
        delete process.env.DATASET_TEST_READER_QUITS_AFTER;
      }
    }
  });

  const dir = copyProject();
  afterAll(() => removeProject(dir));
  it('reports the same problems, in the same order, as a build on one thread', async () => {
    const event = findRecord('events');
    writeFile(dir, 'data/events/zz-bad-type.json', JSON.stringify({ ...event, id: 'zz-bad-type', type: 'signature' }));
    writeFile(dir, 'data/events/zz-dangling.json', JSON.stringify({ ...event, id: 'zz-dangling', participants: [{ party: 'nobody', role: 'participant' }] }));
    writeFile(dir, 'data/events/zz-duplicate.json', JSON.stringify(event));
    writeFile(dir, 'data/sources/broken.json', '{ "id": ');
    const one = await inMemory(dir, { threads: false });
    const several = await inMemory(dir, { threads: true, chunkRecords: 5 });
    expect(one.problems.length).toBeGreaterThanOrEqual(4);
    expect(several.problems).toEqual(one.problems);
    expect(several.dist.size).toBe(0);
  });

  it("keeps each record file's text as read when asked (npm run check judges form on it), on one thread and on two alike", async () => {
    const event = findRecord('events');
    writeFile(
      dir,
      'data/events/zz-bom.json',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${JSON.stringify({ ...event, id: 'zz-bom' }, null, 2)}\n`)]),
    );
    writeFile(dir, 'data/events/zz-crlf.json', `${JSON.stringify({ ...event, id: 'zz-crlf' }, null, 2).replaceAll('\n', '\r\n')}\r\n`);
    const texts = async (options: Parameters<typeof checkDataset>[1]) =>
      new Map(
        Object.values((await checkDataset(dir, options)).records)
          .flat()
          .map((r) => [r.file, r.fileText]),
      );
    const one = await texts({ keepText: true, engine: { threads: false } });
    const two = await texts({ keepText: true, engine: { threads: true, chunkRecords: 5 } });
    expect(one.size).toBeGreaterThan(600);
    expect(two).toEqual(one);
    for (const [file, text] of two) expect(text, file).toBe(readFileSync(join(dir, file), 'utf8'));
    expect(two.get('data/events/zz-bom.json')!.startsWith('\ufeff')).toBe(true);
    // Not asked, neither path keeps them (a build has no use for tens of MB of text).
    for (const threads of [false, true]) expect([...(await texts({ engine: { threads, chunkRecords: 5 } })).values()].every((t) => t === undefined)).toBe(true);
  });
});
