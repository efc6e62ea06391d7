import { join } from 'node:path';
import { projectReleaseDate } from './release-date.js';
import { outsideData, readRecord } from './read-raw.mjs';
import { VERSION } from './version.js';
import { isObject } from '../is-object.js';

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

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * What is wrong with package.json's metadata, every problem at once, each as "pointer: rule": every
 * field an exporter stamps into what it writes must be there and of its shape, or the build would
 * write "undefined" (a citation's abstract, a licence's title in the figures' captions) or stop on a
 * TypeError that names nothing.
 */
function metaProblems(pkg: Record<string, any>): string[] {
  const problems: string[] = [];
  if (typeof pkg.name !== 'string' || !NAME.test(pkg.name))
    problems.push('/name: must be a lowercase package name without a scope (a-z, 0-9, ., _ and -), as it names the release files');
  if (typeof pkg.version !== 'string' || !VERSION.test(pkg.version))
    problems.push('/version: must be a semantic version such as 1.2.3, as it names the release files');
  if (!isText(pkg.description)) problems.push("/description: must be a text: the dataset in a sentence (the citation's abstract)");
  if (!isText(pkg.license)) problems.push('/license: must be an SPDX licence expression (licence ids joined by AND or OR)');
  if (pkg.keywords !== undefined && !(Array.isArray(pkg.keywords) && pkg.keywords.every(isText))) problems.push('/keywords: must be a list of texts');
  const dataset = pkg.dataset;
  if (dataset === undefined) return problems;
  if (!isObject(dataset)) return [...problems, '/dataset: must be an object { "title", "authors", "licenses" }'];
  if (dataset.title !== undefined && !isText(dataset.title)) problems.push('/dataset/title: must be a text');
  const list = (key: string, fields: string[], shape: string) => {
    const items = dataset[key];
    if (items === undefined) return;
    if (!Array.isArray(items)) {
      problems.push(`/dataset/${key}: must be a list of ${shape}`);
      return;
    }
    items.forEach((item, i) => {
      if (!isObject(item)) problems.push(`/dataset/${key}/${i}: must be ${shape}`);
      else for (const field of fields) if (!isText(item[field])) problems.push(`/dataset/${key}/${i}/${field}: must be a text`);
    });
  };
  list('authors', ['name'], '{ "name" }');
  list('licenses', ['name', 'path', 'title'], '{ "name" (SPDX id), "path" (where to read it), "title" (what it covers) }');
  return problems;
}

/**
 * The dataset's metadata from package.json, read by the rules of record files (a regular file, strict
 * JSON, never quoted) and refused in one line naming file and pointer of every problem when a field
 * an exporter writes is missing or of another shape, or its name or version could not name a file: a
 * release is written as release/<name>-<version>.zip.
 */
export function readMeta(root: string): Meta {
  const read = readRecord(join(root, 'package.json'), 1024 * 1024);
  if (read.problems) throw new Error(`package.json ${read.problems[0]!.pointer || '/'}: ${outsideData(read.problems[0]!.message)}`);
  const pkg = read.data;
  if (!isObject(pkg)) throw new Error("package.json /: must be an object (the package's manifest)");
  const problems = metaProblems(pkg);
  if (problems.length > 0) throw new Error(problems.map((p) => `package.json ${p}`).join('; '));
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
