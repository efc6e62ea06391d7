import { join } from 'node:path';
import { projectReleaseDate } from './release-date.js';
import { outsideData, readRecord } from './read-raw.mjs';

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

/** The licences in words, from package.json's "dataset.licenses": "Creative Commons Attribution 4.0 (data); MIT License (code)". */
export const licenceWords = (meta: Pick<Meta, 'licenses'>): string => meta.licenses.map((l) => l.title).join('; ');

/** The release's Excel workbook, named after the package. */
export const workbookName = (meta: Pick<Meta, 'name'>): string => `${meta.name}.xlsx`;

/** The authors' names, from package.json's "dataset.authors". */
export const authorNames = (meta: Pick<Meta, 'authors'>): string => meta.authors.map((a) => a.name).join('; ');

/** A package name that is also a plain file name (the release zip and its folder are named from it). */
const NAME = /^[a-z0-9][a-z0-9._-]*$/;
/** A semantic version, which also names the release's files. */
const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * The dataset's metadata from package.json, read by the rules of record files (a regular file, strict
 * JSON, never quoted) and refused in one line naming file and pointer when its name or version could
 * not name a file: a release is written as release/<name>-<version>.zip.
 */
export function readMeta(root: string): Meta {
  const read = readRecord(join(root, 'package.json'), 1024 * 1024);
  if (read.problems) throw new Error(`package.json ${read.problems[0]!.pointer || '/'}: ${outsideData(read.problems[0]!.message)}`);
  const pkg = read.data as Record<string, any>;
  if (typeof pkg?.name !== 'string' || !NAME.test(pkg.name))
    throw new Error('package.json /name: must be a lowercase package name without a scope (a-z, 0-9, ., _ and -), as it names the release files');
  if (typeof pkg.version !== 'string' || !VERSION.test(pkg.version))
    throw new Error('package.json /version: must be a semantic version such as 1.2.3, as it names the release files');
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
