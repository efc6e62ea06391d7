/**
 * HTML built from template literals in which every interpolated value is escaped unless it is
 * already Html: data can hold <, &, quotes, and none of it may become markup.
 */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

export type Part = Html | string | number | boolean | null | undefined | readonly Part[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in element content and in quoted attribute values. */
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Markup written by this code (never data). */
export const raw = (text: string): Html => new Html(text);

function partText(part: Part): string {
  if (part instanceof Html) return part.text;
  if (part === null || part === undefined || part === false) return '';
  if (Array.isArray(part)) return part.map(partText).join('');
  return escapeHtml(String(part));
}

/** html`<p>${value}</p>`: strings are escaped, Html is kept, arrays are joined, null/undefined/false vanish. */
export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += partText(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Parts joined by a separator (which is escaped when it is a string). */
export const joinHtml = (parts: readonly Part[], separator: Part = ''): Html => new Html(parts.map(partText).join(partText(separator)));

/** An attribute that is left out when its value is absent: attr('lang', x). */
export const attr = (name: string, value: string | number | undefined): Html =>
  value === undefined ? raw('') : raw(` ${name}="${escapeHtml(String(value))}"`);
