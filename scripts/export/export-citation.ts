import type { Meta } from '../load/read-meta.js';
import { monthName } from '../month-names.js';

const yamlString = (s: string): string => JSON.stringify(s);

/**
 * CITATION.cff (Citation File Format 1.2.0, type dataset). No DOI or repository URL exists yet. Who
 * and what to cite come from package.json (Meta) and the release date from CHANGELOG.md, so neither
 * can disagree with the package and the same commit gives the same files.
 */
export function renderCitationCff(meta: Meta): string {
  return [
    '# Generated from package.json by scripts/build.ts. Do not edit.',
    '# When a DOI is minted, add it under "identifiers" (type: doi) and as "doi".',
    'cff-version: 1.2.0',
    'message: "If you use this dataset, please cite it with its version and, for a single fact, the record id."',
    'type: dataset',
    `title: ${yamlString(meta.title)}`,
    'authors:',
    ...meta.authors.map((a) => `  - name: ${yamlString(a.name)}`),
    `version: ${yamlString(meta.version)}`,
    ...(meta.released ? [`date-released: ${yamlString(meta.released)}`] : []),
    'license:',
    ...meta.licenses.map((l) => `  - ${yamlString(l.name)}`),
    `abstract: ${yamlString(meta.description)}`,
    'keywords:',
    ...meta.keywords.map((k) => `  - ${yamlString(k)}`),
    '',
  ].join('\n');
}

/**
 * dist/citation.bib: the same metadata as BibTeX. A released version carries its year and month
 * (BibTeX) and its date (biblatex); an unreleased one says so instead of inventing a year.
 */
export function renderBibtex(meta: Meta): string {
  const key = `dprkrussiatreaty${meta.version.replace(/\W/g, '')}`;
  const dated = meta.released
    ? [
        `  year         = {${meta.released.slice(0, 4)}},`,
        `  month        = ${monthName(Number(meta.released.slice(5, 7)), 'short').toLowerCase()},`,
        `  date         = {${meta.released}},`,
      ]
    : [];
  return [
    `@misc{${key},`,
    `  author       = {${meta.authors.map((a) => `{${a.name}}`).join(' and ')}},`,
    `  title        = {{${meta.title}}},`,
    ...dated,
    `  version      = {${meta.version}},`,
    `  howpublished = {npm package ${meta.name}},`,
    `  note         = {${meta.released ? '' : 'Unreleased version. '}Data set. Licences: ${meta.licenses.map((l) => l.title).join('; ')}. Cite a single record as: version and record id},`,
    '}',
    '',
  ].join('\n');
}

/** The citation as a sentence (APA style): the release year, or "n.d." while the version is unreleased. */
export function renderCitationText(meta: Meta): string {
  return `${meta.authors.map((a) => a.name).join(', ')}. (${meta.released ? meta.released.slice(0, 4) : 'n.d.'}). ${meta.title} (Version ${meta.version}) [Data set${meta.released ? '' : '; unreleased'}].`;
}
