import type { TableModel } from '../model/table-model.js';
import type { Output } from './output.js';
import type { Meta } from '../load/read-meta.js';
import { jsonText } from './output.js';
import { dateBounds } from '../validate/partial-date.js';
import type { Records } from '../types/records.js';

/** dist/dataset.jsonld: schema.org Dataset metadata, so dataset search engines can find and describe it. */
export function exportJsonLd(out: Output, meta: Meta, models: TableModel[], records: Pick<Records, 'events' | 'parties'>): void {
  let first: string | undefined;
  let last: string | undefined;
  for (const { data: event } of records.events) {
    const b = dateBounds(event.date.value);
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
    name: meta.title,
    alternateName: meta.name,
    description: meta.description,
    version: meta.version,
    license: meta.licenses.map((l) => l.path),
    creator: meta.authors.map((a) => ({ '@type': 'Organization', name: a.name })),
    keywords: meta.keywords,
    isAccessibleForFree: true,
    ...(first && last ? { temporalCoverage: `${first}/${last}` } : {}),
    spatialCoverage: records.parties.filter((p) => p.data.kind === 'state').map((p) => ({ '@type': 'Place', name: p.data.name })),
    variableMeasured: models.filter((m) => m.arrayPaths.length === 0).map((m) => m.name),
    distribution: [
      download('datapackage.json', 'application/json', 'Frictionless Data Package descriptor of every CSV table.'),
      download('json/dataset.json', 'application/json', 'Every table as nested JSON records.'),
      ...models.map((m) => download(`csv/${m.name}.csv`, 'text/csv', m.description)),
    ],
  };
  out.set('dataset.jsonld', jsonText(doc));
}
