import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { buildBundle } from '../../scripts/release/bundle.js';
import { ROOT } from './project.js';

/** The release bundle, built from the committed dist/ and unzipped into a temporary folder; returns the bundle's own folder. */
export function unzippedBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dprk-bundle-'));
  const { name, bytes } = buildBundle(ROOT);
  for (const [path, data] of Object.entries(unzipSync(bytes))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return join(dir, name.replace(/\.zip$/, ''));
}
