import type { JsonSchema } from '../load/read-schemas.js';
import type { CheckedRecord } from '../types/records.js';
import type { Column } from '../model/table-model.js';
import { tableRows, type Cell } from '../model/table-rows.js';
import { dateBounds } from '../validate/partial-date.js';
import { formatDate, inLanguage, markLanguages } from './format-text.js';
import { html, type Html } from './html.js';
import type { Page } from './render-page.js';
import { fieldLabel, fieldsOf, kindOf } from './schema-fields.js';
import { tableSchema, type SiteData } from './site-data.js';
import { recordPath, rootPrefix, tablePath } from './site-paths.js';

/** The schema of a column of a record table, found by its property path. */
function columnSchema(data: SiteData, table: string, path: string[]): JsonSchema | undefined {
  const t = tableSchema(data, table);
  let schema: JsonSchema = t.schema;
  let base = t.file;
  for (const key of path) {
    const field = fieldsOf(data.schemas, schema, base).find((f) => f.key === key);
    if (!field) return undefined;
    schema = field.schema;
    base = field.base;
  }
  return schema;
}

/** A table page shows the columns a reader scans: not free text, addresses or the derived date bounds (the record page has them). */
function shownColumns(data: SiteData, table: string, columns: Column[]): { column: Column; index: number; schema: JsonSchema }[] {
  const shown = [];
  for (const [index, column] of columns.entries()) {
    if (column.derive) continue;
    const schema = columnSchema(data, table, column.path);
    if (!schema) continue;
    const kind = kindOf(schema);
    if (kind === 'text' || kind === 'quote' || kind === 'uri') continue;
    shown.push({ column, index, schema });
  }
  return shown;
}

const sortType = (c: Column): string => (c.type === 'integer' || c.type === 'number' ? 'number' : 'text');

function cell(root: string, table: string, column: Column, schema: JsonSchema, value: Cell, lang: string | undefined): Html {
  if (value === undefined) return html`<td></td>`;
  const text = String(value);
  if (column.name === 'id' && column.path.length === 1)
    return html`<th scope="row" data-sort="${text}"><a href="${root}${recordPath(table, text)}">${text}</a></th>`;
  switch (kindOf(schema)) {
    case 'ref':
      return html`<td><a href="${root}${recordPath(schema['x-ref-table'], text)}">${text}</a></td>`;
    case 'date':
      return html`<td class="date" data-sort="${dateBounds(text)?.earliest ?? text}">${formatDate(text)}</td>`;
    case 'number':
      return html`<td class="num" data-sort="${text}">${text}</td>`;
    case 'boolean':
      return html`<td>${value ? 'yes' : 'no'}</td>`;
    case 'name': {
      const t = inLanguage(text, lang);
      return html`<td class="name"${t.attr}>${t.body}</td>`;
    }
    default:
      return html`<td>${markLanguages(text)}</td>`;
  }
}

/** A record table as one sortable, filterable HTML table (sorting and filtering are added by site.js). */
export function renderTable(data: SiteData, table: string): Page {
  const path = tablePath(table);
  const root = rootPrefix(path);
  const model = data.models.find((m) => m.name === table && m.arrayPaths.length === 0);
  if (!model) throw new Error(`no table model for ${table}`);
  const records = data.tables.get(table) ?? [];
  // Records of the built dist/json, so they passed their schemas.
  const loaded = records.map((r) => ({ table, file: `dist/json/${table}.json`, stem: r.id, data: r })) as unknown as CheckedRecord[];
  const rowsOfCells = tableRows(model, loaded);
  // A column no record fills (a vote on a table without votes) is left out.
  const columns = shownColumns(data, table, model.columns).filter(({ index }) => rowsOfCells.some((row) => row.cells[index] !== undefined));
  const languageIndex = model.columns.findIndex((c) => c.name === 'language');
  const rows = rowsOfCells.map((row) => {
    const lang = languageIndex >= 0 ? (row.cells[languageIndex] as string | undefined) : undefined;
    const cells = columns.map(({ column, index, schema }) => cell(root, table, column, schema, row.cells[index], kindOf(schema) === 'name' ? lang : undefined));
    return html`<tr>${cells}</tr>`;
  });
  const links = model.foreignKeys.length;
  const main = html`<h1>${fieldLabel(table)}</h1>
<p>${model.description} ${records.length} records${links ? `; columns that hold another record's id link to it` : ''}. Each id opens the record's page with all its fields, sources and links.</p>
<div class="table-tools" hidden>
<label for="filter">Filter rows</label>
<input id="filter" type="search" data-filter="records" autocomplete="off">
<p id="filter-status" role="status" aria-live="polite"></p>
</div>
<div class="table-wrap" role="region" aria-labelledby="records-caption" tabindex="0">
<table id="records" class="records sortable">
<caption id="records-caption">${fieldLabel(table)}: ${records.length} records</caption>
<thead><tr>${columns.map(({ column }) => html`<th scope="col" data-type="${sortType(column)}">${column.name}</th>`)}</tr></thead>
<tbody>
${rows.map((r) => html`${r}\n`)}</tbody>
</table>
</div>
<section aria-labelledby="columns"><h2 id="columns">Columns</h2>
<p>The columns shown (those some record fills), as the CSV file <code>csv/${table}.csv</code> names them; free text, addresses and the lists in link tables are on each record's page.</p>
<dl class="columns">${columns.map(({ column }) => html`<div><dt><code>${column.name}</code></dt><dd>${column.description}${column.enum ? html`<ul class="enum-values">${column.enum.map((v) => html`<li><span class="code">${v}</span>${column.enumDescriptions?.[v] ? html` <span class="meaning">${column.enumDescriptions[v]}</span>` : ''}</li>`)}</ul>` : ''}</dd></div>`)}</dl>
</section>`;
  return { path, title: fieldLabel(table), main };
}
