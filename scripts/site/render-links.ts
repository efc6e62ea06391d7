import { html, type Html } from './html.js';
import { recordLink, type RenderContext } from './render-value.js';
import type { Reference } from './references.js';
import { tablePath } from './site-paths.js';

/** References grouped by the record at their other end, then by that record's table in the schema's order. */
function grouped(ctx: RenderContext, refs: Reference[], end: 'to' | 'from'): Html {
  const order = ctx.data.schemas.tables.map((t) => t.table);
  const byTable = new Map<string, Map<string, string[]>>();
  for (const ref of refs) {
    const table = end === 'to' ? ref.toTable : ref.fromTable;
    const id = end === 'to' ? ref.toId : ref.fromId;
    const records = byTable.get(table) ?? new Map<string, string[]>();
    const fields = records.get(id) ?? [];
    if (!fields.includes(ref.field)) fields.push(ref.field);
    records.set(id, fields);
    byTable.set(table, records);
  }
  const tables = [...byTable.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return html`<dl class="links">${tables.map((table) => {
    const records = byTable.get(table)!;
    return html`<div><dt><a href="${ctx.root}${tablePath(table)}">${table}</a> (${records.size})</dt><dd><ul>${[...records].map(([id, fields]) => html`<li>${recordLink(ctx, table, id)} <span class="meta">${end === 'to' ? 'in' : 'via'} ${fields.join('; ')}</span></li>`)}</ul></dd></div>`;
  })}</dl>`;
}

/** Every record this one refers to, and every record that refers to it (backlinks). */
export function renderLinks(ctx: RenderContext, outgoing: Reference[], incoming: Reference[]): Html {
  return html`<section aria-labelledby="links"><h2 id="links">Links</h2>
<h3>This record refers to</h3>${outgoing.length ? grouped(ctx, outgoing, 'to') : html`<p>No other record.</p>`}
<h3>Records that refer to this one</h3>${incoming.length ? grouped(ctx, incoming, 'from') : html`<p>None.</p>`}
</section>`;
}
