import { dateBounds } from '../validate/partial-date.js';
import { html, joinHtml, type Html } from './html.js';
import { monthName } from '../month-names.js';

/**
 * "2024-06-19" -> "19 June 2024", "2024-06" -> "June 2024", "2024" -> "2024": only the precision
 * known, read by the partial-date grammar (dateBounds); anything else is shown as written.
 */
export function formatDate(value: string): string {
  const bounds = dateBounds(value);
  if (!bounds) return value;
  const year = value.slice(0, 4);
  if (bounds.precision === 'year') return year;
  const name = monthName(Number(bounds.earliest.slice(5, 7)));
  return bounds.precision === 'day' ? `${Number(value.slice(8, 10))} ${name} ${year}` : `${name} ${year}`;
}

export const timeElement = (value: string): Html => html`<time datetime="${value}">${formatDate(value)}</time>`;

/**
 * Text in the curators' English that holds words in Hangul or Cyrillic (a Korean headline quoted in
 * a note, a Russian alias): each such run is marked with its language, so that screen readers and
 * fonts treat it as Korean or Russian. Runs in other scripts are left as they are.
 */
const RUNS =
  /([\p{Script=Hangul}][\p{Script=Hangul}\p{Script=Han}\s\d.,·'"“”‘’()-]*[\p{Script=Hangul}\p{Script=Han}]|[\p{Script=Hangul}])|([\p{Script=Cyrillic}][\p{Script=Cyrillic}\s\d.,'"«»()-]*[\p{Script=Cyrillic}]|[\p{Script=Cyrillic}])/gu;

export function markLanguages(text: string): Html {
  const parts: (string | Html)[] = [];
  let last = 0;
  for (const m of text.matchAll(RUNS)) {
    parts.push(text.slice(last, m.index));
    parts.push(html`<span lang="${m[1] !== undefined ? 'ko' : 'ru'}">${m[0]}</span>`);
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return joinHtml(parts);
}

/** The scripts a language's words are written in, for languages not written in Latin letters. */
const SCRIPTS: Record<string, RegExp> = {
  ko: /[\p{Script=Hangul}\p{Script=Han}]/u,
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  zh: /\p{Script=Han}/u,
  ja: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
  ar: /\p{Script=Arabic}/u,
};

/**
 * A text with the language the data gives it: a lang attribute (none for English, the pages' own
 * language) and the text. A text with none of its language's script (an English label given to a
 * Korean page) is treated as the curators' English, with its Hangul and Cyrillic runs marked.
 */
export function inLanguage(text: string, lang: string | undefined): { attr: Html; body: Html | string } {
  const script = lang ? SCRIPTS[lang] : undefined;
  const known = lang !== undefined && (!script || script.test(text)) ? lang : undefined;
  if (known === undefined) return { attr: html``, body: markLanguages(text) };
  return { attr: known === 'en' ? html`` : html` lang="${known}"`, body: text };
}
