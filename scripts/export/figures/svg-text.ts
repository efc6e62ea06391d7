/** Text helpers for the figures: escaping, and wrapping into lines by an estimate of glyph widths. */
import { licenceWords, type Meta } from '../../load/read-meta.js';
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const r1 = (n: number): string => (Math.round(n * 10) / 10).toString();

/**
 * Words into lines of at most maxChars characters; a word longer than a line gets a line of its own
 * (never cut). maxChars is the line's width over the average glyph width of the font size used.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** A <text> of several lines (tspans), the first baseline at y. */
export function multiline(x: number, y: number, lines: string[], lineHeight: number, attrs = ''): string {
  return `<text x="${r1(x)}" y="${r1(y)}"${attrs ? ` ${attrs}` : ''}>${lines.map((l, i) => `<tspan x="${r1(x)}" dy="${i === 0 ? 0 : lineHeight}">${esc(l)}</tspan>`).join('')}</text>`;
}

/** What every figure says under it: where the data comes from, which version, under which licence. */
export type FigureSource = Pick<Meta, 'name' | 'version' | 'licenses'>;

export function captionLines(source: FigureSource, what: string, maxChars: number): string[] {
  return wrapText(
    `${what} Source: ${source.name} ${source.version} (${licenceWords(source)}; cite as in its CITATION.cff). Drawn from the data by its build.`,
    maxChars,
  );
}
