import { html, type Html } from './html.js';
import type { SiteData } from './site-data.js';

interface BibEntry {
  type: string;
  key: string;
  fields: [string, string][];
}

/** The dataset's entry in dist/citation.bib (one field per line, as the build writes it). */
function parseBibtex(text: string): BibEntry {
  const head = /^@(\w+)\{([^,]+),/m.exec(text);
  if (!head) throw new Error('dist/citation.bib: no BibTeX entry');
  const fields: [string, string][] = [];
  for (const m of text.matchAll(/^\s+(\w+)\s*=\s*(.*),\s*$/gm)) fields.push([m[1]!, m[2]!]);
  return { type: head[1]!, key: head[2]!, fields };
}

const unbrace = (v: string): string => v.replace(/^\{+|\}+$/g, '');

/** "Cite this record": the dataset's own citation (from dist/citation.bib), narrowed to the version and record id. */
export function renderCiteRecord(data: SiteData, table: string, id: string): Html {
  const entry = parseBibtex(data.bibtex);
  const field = (name: string): string => unbrace(entry.fields.find(([k]) => k === name)?.[1] ?? '');
  const width = Math.max(...entry.fields.map(([k]) => k.length));
  const note = `{Data set, version ${data.meta.version}, record ${id} (table ${table})}`;
  const lines = entry.fields.map(([k, v]) => `  ${k.padEnd(width)} = ${k === 'note' ? note : v},`);
  if (!entry.fields.some(([k]) => k === 'note')) lines.push(`  ${'note'.padEnd(width)} = ${note},`);
  const bibtex = [`@${entry.type}{${entry.key}-${id},`, ...lines, '}'].join('\n');
  return html`<section aria-labelledby="cite"><h2 id="cite">Cite this record</h2>
<p class="cite-text">${field('author')}. <cite>${field('title')}</cite> (Version ${data.meta.version}) [Data set], record <code>${id}</code>.</p>
<p>Record ids are stable across versions; cite the version you used.</p>
<pre class="bibtex"><code>${bibtex}</code></pre>
</section>`;
}
