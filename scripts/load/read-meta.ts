import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectReleaseDate } from './release-date.js';

/** A licence of the dataset: an SPDX id, where to read it, and what it covers. */
export interface Licence {
  name: string;
  path: string;
  title: string;
}

/**
 * The dataset's metadata, written once in package.json (name, version, description, keywords,
 * license, and the "dataset" field: title, authors, licences) and stamped by every exporter that
 * describes the dataset (citation, datapackage, JSON-LD, codebook). No timestamps: builds are reproducible.
 */
export interface Meta {
  name: string;
  version: string;
  description: string;
  /** The SPDX licence expression of package.json. */
  license: string;
  keywords: string[];
  /** Release date of this version (YYYY-MM-DD) from CHANGELOG.md; absent while unreleased. */
  released?: string;
  title: string;
  authors: { name: string }[];
  licenses: Licence[];
}

export function readMeta(root: string): Meta {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const dataset = pkg.dataset ?? {};
  const meta: Meta = {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    keywords: pkg.keywords ?? [],
    released: projectReleaseDate(root, pkg.version),
    title: dataset.title ?? pkg.name,
    authors: dataset.authors ?? [],
    licenses: dataset.licenses ?? [],
  };
  // The licences listed must be exactly those of the SPDX expression, so that no exporter can disagree with package.json.
  const spdx = [...meta.license.matchAll(/[A-Za-z0-9.-]+/g)]
    .map((m) => m[0])
    .filter((id) => !['AND', 'OR', 'WITH'].includes(id))
    .sort();
  const listed = meta.licenses.map((l) => l.name).sort();
  if (spdx.join() !== listed.join())
    throw new Error(`package.json: "dataset.licenses" (${listed.join(', ')}) must list the licences of "license" (${meta.license})`);
  return meta;
}
