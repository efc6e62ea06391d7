/** The most characters a sheet name can have in Excel. */
export const MAX_SHEET_NAME = 31;

/**
 * Sheet names for table names, unique and at most 31 characters: a name that fits is kept as it is;
 * a longer one has its middle words cut, longest first, to their first three letters
 * (treaty_entry_into_force_alternatives_sources -> treaty_ent_into_for_alt_sources); a name that
 * would repeat another gets a number. The About sheet lists every sheet with its full table name.
 */
export function sheetNames(tables: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const table of tables) {
    const words = table.split('_');
    while (words.join('_').length > MAX_SHEET_NAME) {
      let longest = -1;
      for (let i = 1; i < words.length - 1; i++) if (words[i]!.length > 3 && (longest < 0 || words[i]!.length > words[longest]!.length)) longest = i;
      if (longest < 0) break;
      words[longest] = words[longest]!.slice(0, 3);
    }
    const base = words.join('_').slice(0, MAX_SHEET_NAME);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, MAX_SHEET_NAME - String(n).length - 1)}~${n}`;
    used.add(name.toLowerCase());
    out.set(table, name);
  }
  return out;
}
