import type { Column, TableModel } from '../model/table-model.js';
import type { Output } from './output.js';
import type { Meta } from '../load/read-meta.js';
import { jsonText } from './output.js';
import { CSV_LINE_END } from './export-csv.js';

/** dist/datapackage.json: a Frictionless Data Package (v1) with a Table Schema, keys and foreign keys per CSV. */
export function exportDatapackage(out: Output, meta: Meta, models: TableModel[]): void {
  const descriptor = {
    profile: 'tabular-data-package',
    name: meta.name,
    title: meta.title,
    description: meta.description,
    version: meta.version,
    keywords: meta.keywords,
    contributors: meta.authors.map((a) => ({ title: a.name, role: 'author' })),
    licenses: meta.licenses,
    resources: models.map((m) => ({
      name: m.name,
      path: `csv/${m.name}.csv`,
      profile: 'tabular-data-resource',
      description: m.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: CSV_LINE_END, quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: m.columns.map(field),
        missingValues: [''],
        primaryKey: m.primaryKey,
        // The profile wants foreignKeys absent rather than empty.
        ...(m.foreignKeys.length > 0
          ? { foreignKeys: m.foreignKeys.map((fk) => ({ fields: fk.fields, reference: { resource: fk.table, fields: fk.tableFields } })) }
          : {}),
      },
    })),
  };
  out.set('datapackage.json', jsonText(descriptor));
}

function field(c: Column): Record<string, unknown> {
  const f: Record<string, unknown> = { name: c.name, type: c.type, description: c.description };
  if (c.format === 'uri') f.format = 'uri';
  const constraints: Record<string, unknown> = {};
  if (c.required) constraints.required = true;
  if (c.enum) constraints.enum = c.enum;
  // Lookaround patterns are JavaScript-only; Table Schema readers would misread them.
  if (c.pattern && !c.pattern.includes('(?')) constraints.pattern = c.pattern;
  if (Object.keys(constraints).length > 0) f.constraints = constraints;
  return f;
}
