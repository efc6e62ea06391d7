import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSchemas } from '../scripts/load/read-schemas.js';
import { unboundedNumbers } from '../scripts/load/integer-bounds.js';
import { countWords } from '../scripts/validate/count-words.js';
import { newRecord, problemsAfter } from './support/rules.js';
import { ROOT } from './support/project.js';

/**
 * Rules the schemas state for every value of a kind: ids usable as file names everywhere, integers
 * that every export holds exactly, quotations of at most 50 words in any script.
 */
const lines = (problems: { file: string; pointer: string; message: string }[]) => problems.map((p) => `${p.file} ${p.pointer}: ${p.message}`);

describe('ids: file names on every system', () => {
  it.each(['con', 'prn', 'aux', 'nul', 'com1', 'lpt9', 'com0'])('refuses the Windows device name "%s"', (id) => {
    const problems = problemsAfter((record) => [newRecord('parties', id, { ...record('data/parties/russia.json'), id })]);
    expect(lines(problems).filter((l) => l.startsWith(`data/parties/${id}.json /id`))).toEqual([
      `data/parties/${id}.json /id: must be lowercase kebab-case (a-z, 0-9 and single hyphens), and not a device name Windows reserves (con, prn, aux, nul, com0-9, lpt0-9)`,
    ]);
  });

  it('accepts ids that only start like one (con-x, console, com10)', () => {
    const ids = ['con-x', 'console', 'com10'];
    const problems = problemsAfter((record) => ids.map((id) => newRecord('parties', id, { ...record('data/parties/russia.json'), id })));
    expect(lines(problems).filter((l) => / \/id: must be/.test(l))).toEqual([]);
  });
});

describe('integers: bounds every export holds (JSON, CSV, Parquet INT32)', () => {
  const schemas = readSchemas(join(ROOT, 'schema'));

  it('every integer of every schema has a minimum and a maximum within INT32, and there is no unbounded number', () => {
    for (const [file, schema] of schemas.all) expect(unboundedNumbers(schema), file).toEqual([]);
    expect(unboundedNumbers({ properties: { n: { type: 'integer', minimum: 0 }, x: { type: 'number' } } })).toEqual([
      '/properties/n: an integer needs "minimum" and "maximum" within -2147483648..2147483647 (Parquet INT32)',
      '/properties/x: "number" is not allowed; use a bounded "integer"',
    ]);
  });

  it.each([3_000_000_000, 1e21, Number('9007199254740993')])('refuses a vote of %d instead of exporting it rounded or as 1e+21', (n) => {
    const problems = problemsAfter((record) => {
      record('data/events/csp-2024-duma-vote.json').vote.for = n;
    });
    expect(lines(problems)).toContain('data/events/csp-2024-duma-vote.json /vote/for: must be <= 10000');
  });
});

describe('quotations: at most 50 words, in any script', () => {
  it('counts words by spaces, by Unicode word segmentation where a script has none, and never a long run as one word', () => {
    expect(countWords('The Parties shall cooperate in matter one.')).toBe(7);
    expect(countWords('双方は、一方的な強制措置の適用に反対し')).toBeGreaterThan(5);
    expect(countWords('這是一個很長的中文句子沒有空格'.repeat(250))).toBeGreaterThan(1000);
    expect(countWords('한국어문장'.repeat(760))).toBe(127);
  });

  it.each([
    ['Chinese', '這是一個很長的中文句子沒有空格'.repeat(250)],
    ['Korean written without spaces', '한국어문장'.repeat(760)],
  ])('refuses a 3,800-character %s quote', (_what, quote) => {
    const problems = problemsAfter((record) => {
      record('data/events/csp-2024-signing.json').sources[0].quote = quote;
    });
    expect(lines(problems)).toContain('data/events/csp-2024-signing.json /sources/0/quote: must have at most 50 words (a short quotation)');
  });
});

describe('vocabularies: every value the codebook lists is described', () => {
  it('each enum with x-enum-descriptions describes exactly its values (a value without one would be missing from CODEBOOK.md)', () => {
    const gaps: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) for (const [i, x] of node.entries()) walk(x, `${where}/${i}`);
      else if (node && typeof node === 'object') {
        const s = node as Record<string, unknown>;
        const described = s['x-enum-descriptions'] as Record<string, string> | undefined;
        if (Array.isArray(s.enum) && described) {
          const values = s.enum.map(String);
          for (const v of values) if (!described[v]) gaps.push(`${where}: "${v}" has no description`);
          for (const k of Object.keys(described)) if (!values.includes(k)) gaps.push(`${where}: "${k}" is described but not allowed`);
        }
        for (const [k, v] of Object.entries(s)) if (k !== 'x-enum-descriptions') walk(v, `${where}/${k}`);
      }
    };
    for (const [file, schema] of readSchemas(join(ROOT, 'schema')).all) walk(schema, file);
    expect(gaps).toEqual([]);
  });
});

describe('groups of event types: declared once, in the schema (x-groups)', () => {
  it('are listed by no script or test of their own: each reads the group from the schema', () => {
    // Three or more of a group's types quoted on one line is a copy of the group that the schema would not update.
    const groups = [...readSchemas(join(ROOT, 'schema')).groups.values()].map((g) => [...g]);
    const copies: string[] = [];
    for (const folder of ['scripts', 'test']) {
      for (const f of readdirSync(join(ROOT, folder), { recursive: true }) as string[]) {
        if (!/\.(ts|mjs)$/.test(f) || f.endsWith('.d.ts')) continue;
        readFileSync(join(ROOT, folder, f), 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (groups.some((g) => g.filter((type) => line.includes(`'${type}'`)).length >= 3)) copies.push(`${folder}/${f}:${i + 1}`);
          });
      }
    }
    expect(copies).toEqual([]);
  });
});

describe('every schema problem says how to fix it', () => {
  const schemas = readSchemas(join(ROOT, 'schema'));
  /** Every node of a schema with its JSON pointer. */
  const nodes = (node: unknown, pointer = ''): [string, Record<string, unknown>][] => {
    if (node === null || typeof node !== 'object') return [];
    const own: [string, Record<string, unknown>][] = Array.isArray(node) ? [] : [[pointer, node as Record<string, unknown>]];
    return [...own, ...Object.entries(node).flatMap(([k, v]) => nodes(v, `${pointer}/${k}`))];
  };

  it('every pattern has its meaning (x-message) and how to meet it (x-fix): a bare regular expression tells a curator nothing', () => {
    const bare = [...schemas.all].flatMap(([file, schema]) =>
      nodes(schema)
        .filter(([, n]) => typeof n.pattern === 'string' && (typeof n['x-message'] !== 'string' || typeof n['x-fix'] !== 'string'))
        .map(([pointer]) => `${file} ${pointer}`),
    );
    expect(bare).toEqual([]);
  });

  it('every format is one whose fix validate-records.ts knows', () => {
    const formats = new Set([...schemas.all].flatMap(([, schema]) => nodes(schema).flatMap(([, n]) => (typeof n.format === 'string' ? [n.format] : []))));
    const source = readFileSync(join(ROOT, 'scripts', 'validate', 'validate-records.ts'), 'utf8');
    expect([...formats].filter((f) => f !== 'partial-date' && !source.includes(`params.format === '${f}'`))).toEqual([]);
  });
});
