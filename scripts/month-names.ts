/** The English month names, once: the explorer writes them whole, the figures and BibTeX their first three letters. */
const NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The name of month 1–12 (as in an ISO date's "MM"): "June", or with 'short' "Jun" (BibTeX's month
 * macros are these, lowercased).
 */
export function monthName(month: number, form: 'long' | 'short' = 'long'): string {
  const name = NAMES[month - 1];
  if (name === undefined) throw new RangeError(`no month ${month}`);
  return form === 'short' ? name.slice(0, 3) : name;
}
