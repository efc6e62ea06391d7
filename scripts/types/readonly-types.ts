/**
 * The package's record types, read-only all the way down: every property `readonly`, every array
 * `readonly T[]` and every tuple `readonly [...]`. The records a package user imports are shared by
 * every importer in the program; at run time only the table arrays are frozen (a pass over every
 * record at load would cost more than the 1.1x JSON.parse the package allows itself), so the types
 * are what stops `event.title = ...` or `claim.positions[0].stance = ...` at compile time.
 *
 * The input is json-schema-to-typescript's formatted output (scripts/types/dataset.d.ts): interfaces
 * with one property per line at two spaces, arrays written `T[]` or `(A | B)[]`, tuples `[A, ...A[]]`.
 * test/readonly-types.test.ts parses the result with TypeScript and fails on any property, array or
 * tuple left writable, so a change in the generator's style cannot slip through.
 */
export function readonlyTypes(declarations: string): string {
  return declarations
    .split('\n')
    .map((line) => (/^\s*(\/\*|\*|\/\/)/.test(line) ? line : readonlyLine(line)))
    .join('\n');
}

/** One line of code (comments are left as written). */
const readonlyLine = (line: string): string =>
  line
    // A property of an interface: `  name?: T;`.
    .replace(/^( {2})((?:[A-Za-z_$][\w$]*|"[^"]*")\??:)/, '$1readonly $2')
    // A tuple type, after a property's colon or a type alias's `=`: `[A, ...A[]]`.
    .replace(/([:=] )\[/g, '$1readonly [')
    // An array of a named type or of a parenthesised union, unless it is a tuple's rest element.
    .replace(/(?<!\.\.\.)(?<![\w$)\]])((?:[A-Za-z_$][\w$]*|\([^()]*\))\[\])/g, 'readonly $1');
