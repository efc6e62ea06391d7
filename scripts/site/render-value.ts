import type { JsonSchema } from '../load/read-schemas.js';
import { html, type Html } from './html.js';
import { formatDate, inLanguage, markLanguages, timeElement } from './format-text.js';
import { recordLabel, recordLanguage } from './record-label.js';
import { fieldLabel, fieldsOf, itemsOf, kindOf, languageCodes, pathLabel, resolve } from './schema-fields.js';
import { findRecord, type SiteData } from './site-data.js';
import { recordPath } from './site-paths.js';

/** A value that sources disagree on: the preferred value and each alternative, for the page's section on them. */
export interface Disagreement {
  anchor: string;
  /** The field, e.g. "Signed" or "Vote". */
  label: string;
  /** The preferred value's compared fields. */
  preferred: Html;
  alternatives: Html[];
}

export interface RenderContext {
  data: SiteData;
  /** Relative prefix from the page to the site root. */
  root: string;
  /** Filled while rendering: where sources disagree. */
  disagreements: Disagreement[];
}

type Path = (string | number)[];
type Obj = Record<string, unknown>;

/** A link to a record, named by its label (in its own language when it has one). */
export function recordLink(ctx: RenderContext, table: string, id: string, text?: string): Html {
  const record = findRecord(ctx.data, table, id);
  if (!record) return html`<code>${id}</code>`;
  const label = text ?? recordLabel(ctx.data, table, record);
  const t = inLanguage(label, text === undefined ? recordLanguage(record) : undefined);
  return html`<a href="${ctx.root}${recordPath(table, id)}"${t.attr}>${t.body}</a>`;
}

function renderScalar(ctx: RenderContext, s: JsonSchema, value: unknown, lang: string | undefined): Html {
  const text = String(value);
  const t = inLanguage(text, lang);
  switch (kindOf(s)) {
    case 'ref':
      return recordLink(ctx, s['x-ref-table'], text);
    case 'date':
      return timeElement(text);
    case 'uri':
      return /^https?:\/\//.test(text) ? html`<a class="external" href="${text}">${text}</a>` : html`${text}`;
    case 'enum': {
      const meaning = s['x-enum-descriptions']?.[text];
      return html`<span class="code">${text}</span>${meaning ? html` <span class="meaning">${meaning}</span>` : ''}`;
    }
    case 'boolean':
      return html`${value ? 'yes' : 'no'}`;
    case 'number':
      return html`${text}`;
    case 'quote':
      return html`<blockquote${t.attr}><p>${t.body}</p></blockquote>`;
    case 'text':
      return html`<p${t.attr}>${t.body}</p>`;
    default:
      return html`<span${t.attr}>${t.body}</span>`;
  }
}

/** The sources of a value: each links to its source record, with where in it and the words that show the value. */
export function renderCitations(ctx: RenderContext, citations: unknown[]): Html {
  return html`<ol class="citations">${citations.map((c) => {
    const { source, locator, quote } = c as { source: string; locator?: string; quote?: string };
    const record = findRecord(ctx.data, 'sources', source);
    const publisher = typeof record?.publisher === 'string' ? record.publisher : undefined;
    const lang = record ? recordLanguage(record) : undefined;
    const published = typeof record?.published === 'string' ? formatDate(record.published) : undefined;
    const pub = publisher ? inLanguage(publisher, lang) : undefined;
    const words = quote ? inLanguage(quote, lang) : undefined;
    return html`<li>${recordLink(ctx, 'sources', source)}${pub ? html` <span class="meta">(<span${pub.attr}>${pub.body}</span>${published ? `, ${published}` : ''})</span>` : ''}${locator ? html`<span class="locator">${markLanguages(locator)}</span>` : ''}${words ? html`<blockquote${words.attr}><p>${words.body}</p></blockquote>` : ''}</li>`;
  })}</ol>`;
}

export function renderValue(ctx: RenderContext, schema: JsonSchema, base: string, value: unknown, lang: string | undefined, path: Path): Html {
  const r = resolve(ctx.data.schemas, schema, base);
  const kind = kindOf(r.schema);
  if (kind === 'citations') return renderCitations(ctx, value as unknown[]);
  if (kind === 'array') {
    const items = itemsOf(ctx.data.schemas, r.schema, r.base);
    const list = value as unknown[];
    if (items.schema.type === 'object') {
      const quoted = quotedField(ctx, items.schema, items.base);
      return html`<ol class="items">${list.map(
        (item, i) =>
          html`<li>${
            quoted
              ? renderQuoteItem(ctx, items.schema, items.base, quoted, item as Obj)
              : renderFields(ctx, items.schema, items.base, item as Obj, lang, [...path, i + 1], false)
          }</li>`,
      )}</ol>`;
    }
    return html`<ul class="values">${list.map((item) => html`<li>${renderScalar(ctx, items.schema, item, lang)}</li>`)}</ul>`;
  }
  if (kind === 'sourced') return renderSourced(ctx, r.schema, r.base, value as Obj, path);
  if (kind === 'object') return renderFields(ctx, r.schema, r.base, value as Obj, lang, path, false);
  return renderScalar(ctx, r.schema, value, lang);
}

/**
 * An object's fields in the schema's order, each labelled by its name; described by the schema's
 * description at the top level of a record (describe). Alternatives go to the page's disagreements.
 */
export function renderFields(
  ctx: RenderContext,
  schema: JsonSchema,
  base: string,
  obj: Obj,
  inherited: string | undefined,
  path: Path,
  describe: boolean,
  skip: ReadonlySet<string> = new Set(),
): Html {
  const codes = languageCodes(ctx.data.schemas);
  const own = typeof obj.language === 'string' ? obj.language : inherited;
  const rows: Html[] = [];
  for (const field of fieldsOf(ctx.data.schemas, schema, base)) {
    const value = obj[field.key];
    if (value === undefined || skip.has(field.key) || (Array.isArray(value) && value.length === 0)) continue;
    const suffix = /_([a-z]{2})$/.exec(field.key)?.[1];
    const lang = suffix && codes.has(suffix) ? suffix : own;
    const fieldPath = [...path, field.key];
    const dd =
      field.key === 'alternatives' && Array.isArray(value)
        ? noteDisagreement(ctx, schema, base, obj, field.schema, field.base, value, path)
        : renderValue(ctx, field.schema, field.base, value, lang, fieldPath);
    const desc = describe && field.schema.description ? html`<span class="desc">${field.schema.description}</span>` : '';
    rows.push(
      html`<div class="field" data-field="${field.key}"><dt>${field.key === 'alternatives' ? 'Sources disagree' : fieldLabel(field.key)}${desc}</dt><dd>${dd}</dd></div>`,
    );
  }
  return html`<dl class="fields">${rows}</dl>`;
}

/** The required quotation of an item whose point is a quotation (a clause's wording, a speaker's words). */
function quotedField(ctx: RenderContext, schema: JsonSchema, base: string): string | undefined {
  const required = new Set<string>(schema.required ?? []);
  return fieldsOf(ctx.data.schemas, schema, base).find((f) => required.has(f.key) && kindOf(f.schema) === 'quote')?.key;
}

/** A quotation in its language, then what the item says about it (its language, source, speaker, locator). */
function renderQuoteItem(ctx: RenderContext, schema: JsonSchema, base: string, quoteKey: string, item: Obj): Html {
  const t = inLanguage(String(item[quoteKey]), typeof item.language === 'string' ? item.language : undefined);
  const about = fieldsOf(ctx.data.schemas, schema, base)
    .filter((f) => f.key !== quoteKey && item[f.key] !== undefined)
    .map(
      (f) =>
        html`<span class="about"><span class="about-label">${fieldLabel(f.key)}:</span> ${renderValue(ctx, f.schema, f.base, item[f.key], undefined, [f.key])}</span>`,
    );
  return html`<figure class="quote"><blockquote${t.attr}><p>${t.body}</p></blockquote><figcaption>${about}</figcaption></figure>`;
}

/** A sourced value (a date, a count) with its note and sources; dissenting values go to the disagreements. */
function renderSourced(ctx: RenderContext, s: JsonSchema, base: string, fact: Obj, path: Path): Html {
  const fields = fieldsOf(ctx.data.schemas, s, base);
  const part = (key: string): Html | '' => {
    const f = fields.find((x) => x.key === key);
    return f && fact[key] !== undefined ? renderValue(ctx, f.schema, f.base, fact[key], undefined, [...path, key]) : '';
  };
  const alternatives = fields.find((x) => x.key === 'alternatives');
  const dissent =
    alternatives && Array.isArray(fact.alternatives) && fact.alternatives.length > 0
      ? html`<p class="disagree">${noteDisagreement(ctx, s, base, fact, alternatives.schema, alternatives.base, fact.alternatives, path)}</p>`
      : '';
  return html`<div class="sourced"><p class="value">${part('value')}</p>${dissent}${fact.note !== undefined ? part('note') : ''}<div class="sources-of"><span class="sub">Sources</span>${part('sources')}</div></div>`;
}

/**
 * Records a disagreement: the fields an alternative shares with the preferred value (other than its
 * sources and note) are the values compared; each alternative is shown with its sources and reason.
 */
function noteDisagreement(
  ctx: RenderContext,
  schema: JsonSchema,
  base: string,
  obj: Obj,
  altSchema: JsonSchema,
  altBase: string,
  alternatives: unknown[],
  path: Path,
): Html {
  const items = itemsOf(ctx.data.schemas, altSchema, altBase);
  const compared = new Set(
    fieldsOf(ctx.data.schemas, items.schema, items.base)
      .map((f) => f.key)
      .filter((k) => k !== 'sources' && k !== 'note'),
  );
  const notCompared = new Set(
    fieldsOf(ctx.data.schemas, schema, base)
      .map((f) => f.key)
      .filter((k) => !compared.has(k)),
  );
  const anchor = `disagreement-${ctx.disagreements.length + 1}`;
  const label = path.length ? pathLabel(path) : 'Value';
  const preferred = renderFields(ctx, schema, base, obj, undefined, path, false, notCompared);
  const rendered = alternatives.map((alt, i) => renderFields(ctx, items.schema, items.base, alt as Obj, undefined, [...path, 'alternatives', i + 1], true));
  ctx.disagreements.push({ anchor, label, preferred, alternatives: rendered });
  const n = alternatives.length;
  return html`Sources disagree: <a href="#${anchor}">${n === 1 ? 'one other value' : `${n} other values`}, with their sources and the reason each is not preferred</a>.`;
}

/** The section listing every disagreement found while rendering the page. */
export function renderDisagreements(ctx: RenderContext): Html | '' {
  if (ctx.disagreements.length === 0) return '';
  return html`<section class="disagreements" aria-labelledby="disagreements"><h2 id="disagreements">Where sources disagree</h2>${ctx.disagreements.map(
    (d) => html`
<div class="disagreement" id="${d.anchor}"><h3>${d.label}</h3><p class="sub">Preferred</p>${d.preferred}<p class="sub">Other sources give instead</p><ol class="alternatives">${d.alternatives.map((a) => html`<li>${a}</li>`)}</ol></div>`,
  )}</section>`;
}
