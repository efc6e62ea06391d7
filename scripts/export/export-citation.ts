import type { Meta } from './output.js';

/**
 * Who and what to cite. The version comes from package.json and the release date from CHANGELOG.md
 * (meta.released), so neither can disagree with the package and the same commit gives the same files.
 */
const AUTHOR = 'dprk-russia-treaty contributors';
const TITLE = 'dprk-russia-treaty: a sourced dataset of the 2024 Russia–DPRK Treaty on Comprehensive Strategic Partnership';

const yamlString = (s: string): string => JSON.stringify(s);

/** CITATION.cff (Citation File Format 1.2.0, type dataset). No DOI or repository URL exists yet. */
export function renderCitationCff(meta: Meta, keywords: string[]): string {
  return [
    '# Generated from package.json by scripts/build.ts. Do not edit.',
    '# When a DOI is minted, add it under "identifiers" (type: doi) and as "doi".',
    'cff-version: 1.2.0',
    'message: "If you use this dataset, please cite it with its version and, for a single fact, the record id."',
    'type: dataset',
    `title: ${yamlString(TITLE)}`,
    'authors:',
    `  - name: ${yamlString(AUTHOR)}`,
    `version: ${yamlString(meta.version)}`,
    ...(meta.released ? [`date-released: ${yamlString(meta.released)}`] : []),
    'license: CC-BY-4.0',
    `abstract: ${yamlString(meta.description)}`,
    'keywords:',
    ...keywords.map((k) => `  - ${yamlString(k)}`),
    '',
  ].join('\n');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * dist/citation.bib: the same metadata as BibTeX. A released version carries its year and month
 * (BibTeX) and its date (biblatex); an unreleased one says so instead of inventing a year.
 */
export function renderBibtex(meta: Meta): string {
  const key = `dprkrussiatreaty${meta.version.replace(/\W/g, '')}`;
  const dated = meta.released
    ? [`  year         = {${meta.released.slice(0, 4)}},`, `  month        = ${MONTHS[Number(meta.released.slice(5, 7)) - 1]},`, `  date         = {${meta.released}},`]
    : [];
  return [
    `@misc{${key},`,
    `  author       = {{${AUTHOR}}},`,
    `  title        = {{${TITLE}}},`,
    ...dated,
    `  version      = {${meta.version}},`,
    '  howpublished = {npm package dprk-russia-treaty},',
    `  note         = {${meta.released ? '' : 'Unreleased version. '}Data set. Data licensed CC BY 4.0, code MIT. Cite a single record as: version and record id},`,
    '}',
    '',
  ].join('\n');
}
