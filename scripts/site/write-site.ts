import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSite } from './build-site.js';

/** Writes the explorer into a folder, replacing what was there. */
export function writeSite(root: string, outDir: string): number {
  const files = buildSite(root);
  rmSync(outDir, { recursive: true, force: true });
  for (const [path, text] of files) {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return files.size;
}

if (process.argv[1] === import.meta.filename) {
  const root = join(import.meta.dirname, '..', '..');
  const count = writeSite(root, join(root, 'site'));
  console.log(`site/: ${count} files; open site/index.html`);
}
