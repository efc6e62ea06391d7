/** The keys and array indexes from a record down to a value: write it as a pointer (pointerOf) only when it is reported. */
export type ValuePath = readonly (string | number)[];

/**
 * Visits every value of a record, depth first: objects, arrays and the values in them. The path is one
 * array, changed as the walk goes, so a rule copies it (or writes its pointer) only for what it keeps;
 * key is the property the value sits under (undefined for an array item and for the record itself).
 */
export function visitValues(record: unknown, visit: (value: unknown, path: ValuePath, key: string | undefined) => void): void {
  const path: (string | number)[] = [];
  const walk = (value: unknown, key: string | undefined): void => {
    visit(value, path, key);
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i], undefined);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const k in value) {
        if (!Object.hasOwn(value, k)) continue;
        path.push(k);
        walk((value as Record<string, unknown>)[k], k);
        path.pop();
      }
    }
  };
  walk(record, undefined);
}
