import { groupBy } from '../../group-by.js';
import { captionLines, esc, multiline, r1, wrapText, type FigureSource } from './svg-text.js';

import type { Clause, Treaty } from '../../types/records.js';

/** The topic vocabulary: its codes in order, and what each means. */
export interface TopicVocabulary {
  codes: string[];
  descriptions: Record<string, string>;
}

const ONE = '#c6dbef',
  MANY = '#6baed6',
  ABSENT = '#d9d9d9';
const PAD = 12,
  LABEL_W = 230,
  COL_W = 178,
  CHAR = 6.1,
  LINE = 13,
  ROW_H = 22;

/** A topic code as words: mutual-defence -> Mutual defence; the prefix non- keeps its hyphen. */
export const topicLabel = (code: string): string =>
  code.charAt(0).toUpperCase() +
  code
    .slice(1)
    .replace(/-/g, ' ')
    .replace(/\bnon /g, 'non-');

/** Every article of the treaty is recorded: only then does an empty cell mean "not in the treaty". */
const complete = (t: Treaty, clauses: readonly Clause[]): boolean =>
  t.article_count !== undefined && clauses.filter((c) => c.kind === 'article').length === t.article_count.value;

/**
 * dist/figures/clause-topics.svg: for each treaty (newest first) and topic, the articles that carry
 * the topic (P: the preamble), shaded by how many. An empty cell reads "not in the treaty" only where
 * every article of the treaty is recorded; elsewhere it is hatched, "not recorded". Treaties are named
 * by their short titles, topics by words, with a legend for every shade and a caption.
 */
export function topicMatrixSvg(treaties: readonly Treaty[], clauses: readonly Clause[], vocabulary: TopicVocabulary, source: FigureSource): string {
  const cols = [...treaties].sort((a, b) => (a.signed.value > b.signed.value ? -1 : a.signed.value < b.signed.value ? 1 : 0));
  const used = vocabulary.codes.filter((t) => clauses.some((c) => (c.topics as readonly string[]).includes(t)));
  const byTreaty = groupBy(clauses, (c) => c.treaty);
  const W = PAD * 2 + LABEL_W + cols.length * COL_W;
  const out: string[] = [];
  const title = 'Topics of the recorded articles of each treaty';
  out.push(`<text x="${PAD}" y="24" font-size="15" font-weight="bold">${esc(title)}</text>`);

  // Column headers: short title (wrapped), year signed, how much of the text is recorded.
  const headers = cols.map((t) => {
    const own = byTreaty.get(t.id) ?? [];
    const recorded = own.filter((c) => c.kind === 'article').length;
    const count = t.article_count
      ? `${recorded} of ${t.article_count.value} articles recorded`
      : `${recorded} article${recorded === 1 ? '' : 's'} recorded, of an unrecorded total`;
    return [
      ...wrapText(t.short_title, Math.floor((COL_W - 8) / CHAR)),
      `signed ${t.signed.value.slice(0, 4)}`,
      ...wrapText(count, Math.floor((COL_W - 8) / CHAR)),
    ];
  });
  const headerLines = Math.max(...headers.map((h) => h.length), 1);
  const top = 44 + headerLines * LINE + 8;
  headers.forEach((lines, j) => {
    const cx = PAD + LABEL_W + j * COL_W + COL_W / 2;
    out.push(multiline(cx, 44, lines, LINE, 'text-anchor="middle"'));
  });

  used.forEach((topic, i) => {
    const y = top + i * ROW_H;
    out.push(`<text x="${PAD}" y="${r1(y + 15)}"><title>${esc(vocabulary.descriptions[topic] ?? topic)}</title>${esc(topicLabel(topic))}</text>`);
    cols.forEach((t, j) => {
      const own = byTreaty.get(t.id) ?? [];
      const arts = own
        .filter((c) => (c.topics as readonly string[]).includes(topic))
        .map((c) => (c.kind === 'preamble' ? 'P' : String(c.article)))
        .sort((a, b) => (a === 'P' ? -1 : b === 'P' ? 1 : Number(a) - Number(b)));
      const x = PAD + LABEL_W + j * COL_W;
      const fill = arts.length > 1 ? MANY : arts.length === 1 ? ONE : complete(t, own) ? ABSENT : 'url(#not-recorded)';
      out.push(`<rect x="${x + 2}" y="${y + 2}" width="${COL_W - 4}" height="${ROW_H - 4}" fill="${fill}"/>`);
      if (arts.length) out.push(`<text x="${x + COL_W / 2}" y="${r1(y + 15)}" text-anchor="middle">${esc(arts.join(', '))}</text>`);
    });
  });

  // Legend: every shade, and what P stands for.
  const ly = top + used.length * ROW_H + 18;
  const items: [string, string][] = [
    [ONE, 'one article on the topic (its number)'],
    [MANY, 'two or more articles (their numbers; P: the preamble)'],
    ['url(#not-recorded)', 'none recorded: the treaty has articles not in the dataset'],
    [ABSENT, 'not in the treaty: every article recorded, none on the topic'],
  ];
  const legendW = Math.floor((W - 2 * PAD) / 2);
  items.forEach(([fill, text], k) => {
    const x = PAD + (k % 2) * legendW;
    const y = ly + Math.floor(k / 2) * 20;
    out.push(
      `<rect x="${x}" y="${y}" width="24" height="14" fill="${fill}" stroke="#999999" stroke-width="0.5"/>`,
      `<text x="${x + 30}" y="${y + 11}">${esc(text)}</text>`,
    );
  });
  const caption = captionLines(
    source,
    `Tables clauses (topics) and treaties; each article carries the topics the curators coded from its text. Topic definitions are in the codebook (clause_topics).`,
    Math.floor((W - 2 * PAD) / CHAR),
  );
  const capY = ly + 2 * 20 + 16;
  const H = capY + caption.length * LINE + 8;
  return `${[
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, Arial, Helvetica, sans-serif" font-size="11" fill="#111111">`,
    `<title>${esc(title)}</title>`,
    '<defs><pattern id="not-recorded" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#bbbbbb" stroke-width="1.5"/></pattern></defs>',
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...out,
    multiline(PAD, capY, caption, LINE, 'fill="#444444"'),
    '</svg>',
  ].join('\n')}\n`;
}
