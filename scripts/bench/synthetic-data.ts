import { mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { readSchemas } from '../load/read-schemas.js';
import { canonicalText } from '../model/canonical-json.js';

/**
 * A valid synthetic dataset of about n records, deterministic for a given n, with references between
 * every table, so that the benchmark exercises validation, link checks and every export at scale.
 */
export function writeSyntheticDataset(projectRoot: string, dir: string, n: number): void {
  cpSync(join(projectRoot, 'schema'), join(dir, 'schema'), { recursive: true });
  cpSync(join(projectRoot, 'package.json'), join(dir, 'package.json'));
  const count = (share: number) => Math.max(2, Math.floor(n * share));
  const sizes = {
    sources: count(0.3),
    parties: count(0.1),
    treaties: count(0.02),
    clauses: count(0.2),
    events: count(0.3),
    claims: count(0.08),
    codings: count(0.02),
  };
  // Written as a curator's files are (npm run fix): in canonical form, keys in their schema's order.
  const schemas = readSchemas(join(projectRoot, 'schema'));
  const write = (table: string, id: string, record: unknown) => writeFileSync(join(dir, 'data', table, `${id}.json`), canonicalText(schemas, table, record));
  for (const table of Object.keys(sizes)) mkdirSync(join(dir, 'data', table), { recursive: true });
  const src = (i: number) => `source-${i % sizes.sources}`;
  const cite = (i: number) => [{ source: src(i), locator: `paragraph ${(i % 7) + 1}` }, { source: src(i + 1) }];
  const day = (i: number) => `20${10 + (i % 15)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
  // Each source derives from the one before it (one long chain), so their publication dates never go
  // back as i grows (rule derived-after-original): spread over 2010-2024 in order.
  const published = (i: number) => new Date(Date.UTC(2010, 0, 1) + Math.floor((i * 5478) / Math.max(1, sizes.sources)) * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < sizes.sources; i++) {
    write('sources', `source-${i}`, {
      id: `source-${i}`,
      title: `Synthetic report number ${i}`,
      publisher: `Agency ${i % 50}`,
      url: `https://example.org/news/${i}`,
      published: published(i),
      accessed: '2026-11-27',
      language: (['en', 'ru', 'ko'] as const)[i % 3],
      kind: 'news-agency',
      ...(i > 0 ? { derived_from: [`source-${i - 1}`] } : {}),
    });
  }
  for (let i = 0; i < sizes.parties; i++) {
    const state = i % 3 === 0 ? { iso3166_alpha2: String.fromCharCode(65 + (((i / 26) % 26) | 0), 65 + (i % 26)), cow_code: (i % 999) + 1 } : {};
    write('parties', `party-${i}`, {
      id: `party-${i}`,
      kind: i % 3 === 0 ? 'state' : 'person',
      name: `Party ${i}`,
      ...state,
      aliases: [`P${i}`, `Party number ${i}`],
      offices: [{ title: 'Minister of Synthetic Affairs', from: '2000-01', sources: cite(i) }],
      sources: cite(i),
    });
  }
  for (let i = 0; i < sizes.treaties; i++) {
    write('treaties', `treaty-${i}`, {
      id: `treaty-${i}`,
      title: `Synthetic Treaty ${i}`,
      short_title: `Treaty ${i}`,
      parties: [`party-${(2 * i) % sizes.parties}`, `party-${(2 * i + 1) % sizes.parties}`],
      signed: { value: '2001-01-01', sources: cite(i) },
      status: 'in-force',
      summary: `A synthetic treaty used for benchmarking, number ${i}.`,
      sources: cite(i),
    });
  }
  // A clause's id names its treaty and article (rule clause-id-names-treaty).
  const clauseId = (i: number) => `treaty-${i % sizes.treaties}-art-${String(Math.floor(i / sizes.treaties) + 1).padStart(2, '0')}`;
  for (let i = 0; i < sizes.clauses; i++) {
    write('clauses', clauseId(i), {
      id: clauseId(i),
      treaty: `treaty-${i % sizes.treaties}`,
      kind: 'article',
      article: Math.floor(i / sizes.treaties) + 1,
      summary: `The parties cooperate on synthetic matter ${i}.`,
      topics: ['economy-and-trade', 'culture-and-education'],
      quotes: [{ text: `The Parties shall cooperate in matter ${i}.`, language: 'en', source: src(i) }],
      sources: cite(i),
    });
  }
  for (let i = 0; i < sizes.events; i++) {
    write('events', `event-${i}`, {
      id: `event-${i}`,
      type: 'meeting',
      title: `Synthetic meeting ${i}`,
      summary: `Officials met to discuss synthetic matter ${i}.`,
      date: {
        value: day(i),
        sources: cite(i),
        alternatives: [{ value: day(i + 1).slice(0, 7), sources: [{ source: src(i + 2) }], note: 'A later report gives only the month.' }],
      },
      treaty: `treaty-${i % sizes.treaties}`,
      participants: [
        { party: `party-${i % sizes.parties}`, role: 'host' },
        { party: `party-${(i + 1) % sizes.parties}`, role: 'visitor' },
      ],
      claims: [`claim-${i % sizes.claims}`],
      sources: cite(i),
    });
  }
  // Every table holds records (the build refuses an empty one): an ATOP-style coding per treaty.
  for (let i = 0; i < sizes.codings; i++) {
    const treaty = i % sizes.treaties;
    write('codings', `coding-${i}`, {
      id: `coding-${i}`,
      treaty: `treaty-${treaty}`,
      coder: 'this-dataset',
      values: ['defense', 'offense', 'neutral', 'nonagg', 'consul'].map((variable, v) => ({ variable, value: (i + v) % 2, clauses: [clauseId(treaty)] })),
      sources: cite(i),
    });
  }
  for (let i = 0; i < sizes.claims; i++) {
    write('claims', `claim-${i}`, {
      id: `claim-${i}`,
      statement: `Synthetic assertion ${i}.`,
      positions: [
        { party: `party-${i % sizes.parties}`, stance: 'asserts', date: day(i), summary: 'Asserted it.', sources: cite(i) },
        { party: `party-${(i + 3) % sizes.parties}`, stance: 'denies', date: day(i + 1), summary: 'Denied it.', sources: cite(i + 1) },
      ],
      status: 'contested',
      status_as_of: '2026-11-27',
      sources: cite(i),
    });
  }
}
