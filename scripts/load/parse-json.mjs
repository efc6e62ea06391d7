// @ts-check
// Plain JavaScript, like read-raw.mjs, so that the reader thread loads it without the TypeScript loader.
import { createRequire } from 'node:module';

// The parser that knows positions runs only for a file that is wrong, so it is loaded only then:
// every run of npm run check on good data is spared loading it.
const nodeRequire = createRequire(import.meta.url);
/** @type {typeof import('@humanwhocodes/momoa').parse} */
const parseAst = (text, options) => nodeRequire('@humanwhocodes/momoa').parse(text, options);

/**
 * @typedef {{ pointer: string, message: string, fix?: string }} JsonProblem
 */

/** RFC 6901 escaping of one pointer segment. */
const segment = (/** @type {string} */ key) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * How many object keys the text holds, counted on the text (valid JSON: every quote opens or closes a
 * string, and a string followed by ':' is a key). Jumps from quote to quote with indexOf, so it costs
 * a fraction of JSON.parse.
 * @param {string} text
 */
function keysInText(text) {
  let keys = 0;
  for (let open = text.indexOf('"'); open !== -1; ) {
    let close = text.indexOf('"', open + 1);
    // A quote preceded by an odd number of backslashes is escaped, inside the string.
    for (;;) {
      let slashes = 0;
      while (text.charCodeAt(close - 1 - slashes) === 92) slashes++;
      if (slashes % 2 === 0) break;
      close = text.indexOf('"', close + 1);
    }
    let next = close + 1;
    while (next < text.length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 10 || text.charCodeAt(next) === 13 || text.charCodeAt(next) === 9))
      next++;
    if (text.charCodeAt(next) === 58) keys++;
    open = text.indexOf('"', next);
  }
  return keys;
}

/**
 * How many keys the parsed value holds, over all its objects. With a stack of its own, not recursion:
 * a hostile file nests 100,000 levels deep.
 * @param {unknown} root
 */
function keysInValue(root) {
  let n = 0;
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else {
      const keys = Object.keys(value);
      n += keys.length;
      for (const key of keys) stack.push(/** @type {Record<string, unknown>} */ (value)[key]);
    }
  }
  return n;
}

/**
 * Every repeated key of every object, with the JSON pointer of the repeat and where both are.
 * @param {string} text
 * @returns {JsonProblem[]}
 */
function duplicateKeys(text) {
  /** @type {JsonProblem[]} */
  const problems = [];
  /** @param {any} node @param {string} pointer */
  const walk = (node, pointer) => {
    if (node.type === 'Array') {
      node.elements.forEach((/** @type {any} */ e, /** @type {number} */ i) => {
        walk(e.value, `${pointer}/${i}`);
      });
    }
    if (node.type !== 'Object') return;
    /** @type {Map<string, any>} */
    const seen = new Map();
    for (const member of node.members) {
      const key = member.name.value;
      const first = seen.get(key);
      const at = member.name.loc.start;
      if (first) {
        problems.push({
          pointer: `${pointer}/${segment(key)}`,
          message: `duplicate key at line ${at.line}, column ${at.column} (first at line ${first.line}, column ${first.column}): keys of an object must be unique`,
          fix: 'keep one of the two (the value its sources give) and delete the other',
        });
      } else seen.set(key, at);
      walk(member.value, `${pointer}/${segment(key)}`);
    }
  };
  walk(parseAst(text, { mode: 'json' }).body, '');
  return problems;
}

/** momoa's token types, as a curator reads them. */
/** @type {Record<string, string>} */
const TOKENS = {
  LBrace: "'{'",
  RBrace: "'}'",
  LBracket: "'['",
  RBracket: "']'",
  Colon: "':'",
  Comma: "','",
  String: 'string',
  Number: 'number',
  Boolean: 'true or false',
  Null: 'null',
};

/** Why JSON.parse refused, in words that never quote the file (V8's messages can quote its text). */
const V8_REASONS = [
  [/Bad control character/, 'a control character inside a string (write it as \\uXXXX)'],
  [/Bad escaped character|Bad Unicode escape/, 'an invalid escape inside a string'],
  [/Unterminated string/, 'a string that is not closed'],
  [/Unexpected end/, 'unexpected end of input'],
  [/non-whitespace character after JSON/, 'more text after the end of the value'],
];

/**
 * The line and column (1-based) of a character offset.
 * @param {string} text @param {number} offset
 */
function lineColumn(text, offset) {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** How to fix a syntax error that is none of the cases told apart below. */
const SYNTAX_FIX = 'correct the JSON there: keys and strings in double quotes, a comma between items and none after the last, every { and [ closed';

/**
 * The offset of a line and column (1-based) in the text.
 * @param {string} text @param {number} line @param {number} column
 */
function offsetOf(text, line, column) {
  let start = 0;
  for (let l = 1; l < line; l++) start = text.indexOf('\n', start) + 1;
  return start + column - 1;
}

/**
 * Where and why the text is not JSON, without quoting it (a file that is not JSON at all, a secret, a
 * binary, is described, never echoed into a terminal or a CI log), and how to fix it. A closing
 * bracket right after a comma is the trailing comma JSON does not allow, and is told as such.
 * @param {string} text
 * @param {Error} v8Error JSON.parse's error
 * @returns {{ message: string, fix: string }}
 */
function syntaxError(text, v8Error) {
  const endOfInput = () => {
    const { line, column } = lineColumn(text, text.length);
    return {
      message: `is not valid JSON: unexpected end of input at line ${line}, column ${column}`,
      fix: 'the file stops too early: close every string, { and [ it opens',
    };
  };
  // A file cut short: V8 stops where the text ends (after it, only JSON's white space). momoa then
  // blames the last token it read ("unexpected ','" for a file cut after a comma, "unexpected '{'"
  // for a lone "{"), which is where nothing is wrong.
  const stoppedAt = /at position (\d+)/.exec(v8Error.message)?.[1];
  if (/Unexpected end of JSON input/.test(v8Error.message) || (stoppedAt !== undefined && Number(stoppedAt) >= text.replace(/[ \t\n\r]+$/, '').length))
    return endOfInput();
  try {
    parseAst(text, { mode: 'json' });
  } catch (/** @type {any} */ err) {
    if (/end of input/.test(err.message)) return endOfInput();
    if (typeof err.line === 'number') {
      const token = /Unexpected token (\w+)/.exec(err.message)?.[1];
      const what = token ? `unexpected ${TOKENS[token] ?? token}` : 'unexpected character';
      const message = `is not valid JSON: ${what} at line ${err.line}, column ${err.column}`;
      if (token === 'RBrace' || token === 'RBracket') {
        const before = text.slice(0, offsetOf(text, err.line, err.column)).trimEnd();
        if (before.endsWith(',')) return { message, fix: `remove the comma before the ${TOKENS[token]}: JSON allows no comma after the last item` };
      }
      return { message, fix: SYNTAX_FIX };
    }
  }
  // momoa is more lenient than JSON.parse in places (control characters inside strings): use V8's position.
  const reason = V8_REASONS.find(([pattern]) => /** @type {RegExp} */ (pattern).test(v8Error.message))?.[1] ?? 'syntax error';
  const position = /at position (\d+)/.exec(v8Error.message)?.[1] ?? (/Unexpected end/.test(v8Error.message) ? text.length : undefined);
  if (position === undefined) return { message: `is not valid JSON: ${reason}`, fix: SYNTAX_FIX };
  const { line, column } = lineColumn(text, Number(position));
  return { message: `is not valid JSON: ${reason} at line ${line}, column ${column}`, fix: SYNTAX_FIX };
}

/**
 * JSON text parsed strictly: the value, or every problem with it (a syntax error with its line and
 * column; every duplicate key, with its pointer, since JSON.parse would silently keep the last).
 * JSON.parse does the work; the slower parser that knows positions runs only when something is wrong.
 * @param {string} text
 * @returns {{ data: unknown, problems?: undefined } | { problems: JsonProblem[] }}
 */
export function parseJson(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { problems: [{ pointer: '', ...syntaxError(text, /** @type {Error} */ (err)) }] };
  }
  if (keysInText(text) !== keysInValue(data)) {
    let problems;
    try {
      problems = duplicateKeys(text);
    } catch {
      problems = [
        {
          pointer: '',
          message: 'has a duplicate key in an object nested too deep to locate: keys of an object must be unique',
          fix: 'keep one of each repeated key and delete the other',
        },
      ];
    }
    if (problems.length > 0) return { problems };
  }
  return { data };
}
