import type { TableModel } from '../model/table-model.js';
import type { Output, Meta } from './output.js';
import { jsonText } from './output.js';
import { dateBounds } from '../validate/partial-date.js';

/** dist/dataset.jsonld: schema.org Dataset metadata, so dataset search engines can find and describe it. */
export function exportJsonLd(out: Output, meta: Meta, models: TableModel[], eventDates: string[], states: string[]): void {
  let first: string | undefined;
  let last: string | undefined;
  for (const date of eventDates) {
    const b = dateBounds(date);
    if (!b) continue;
    if (first === undefined || b.earliest < first) first = b.earliest;
    if (last === undefined || b.latest > last) last = b.latest;
  }
  const download = (path: string, format: string, description: string) => ({
    '@type': 'DataDownload',
    name: path,
    contentUrl: path,
    encodingFormat: format,
    description,
  });
  const doc = {
    '@context': 'https://schema.org/',
    '@type': 'Dataset',
    name: 'Russia–DPRK Treaty on Comprehensive Strategic Partnership dataset',
    alternateName: meta.name,
    description: meta.description,
    version: meta.version,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    creator: { '@type': 'Organization', name: 'dprk-russia-treaty contributors' },
    keywords: meta.keywords,
    isAccessibleForFree: true,
    ...(first && last ? { temporalCoverage: `${first}/${last}` } : {}),
    spatialCoverage: states.map((name) => ({ '@type': 'Place', name })),
    variableMeasured: models.filter((m) => m.arrayPaths.length === 0).map((m) => m.name),
    distribution: [
      download('datapackage.json', 'application/json', 'Frictionless Data Package descriptor of every CSV table.'),
      download('json/dataset.json', 'application/json', 'Every table as nested JSON records.'),
      ...models.map((m) => download(`csv/${m.name}.csv`, 'text/csv', m.description)),
    ],
  };
  out.set('dataset.jsonld', jsonText(doc));
}
