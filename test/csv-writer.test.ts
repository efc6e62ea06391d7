import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { CSV_LINE_END, csvLines } from '../scripts/export/export-csv.js';
import type { Cell, Row } from '../scripts/model/table-rows.js';

/**
 * The CSV writer passes plain fields through and hands every other field to csv-stringify; whatever
 * the cells, its lines must be exactly what csv-stringify writes for the whole table.
 */
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' ', 'é', '😀', '=', '\t') }),
  fc.constantFrom('', ',', '"', '""', '\r\n', 'a,b', 'say "hi"', ' lead', 'trail '),
);
const cell: fc.Arbitrary<Cell> = fc.oneof(text, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(undefined));

describe('CSV lines', () => {
  it('are byte for byte what csv-stringify writes, for any cells', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 20 })),
        (table) => {
          const rows = table.map((cells) => ({ cells, record: undefined, ordinals: [] }) as unknown as Row);
          const expected =
            table.length === 0
              ? ''
              : stringify(
                  table.map((cells) => cells.map((c) => (c === undefined ? '' : c))),
                  { record_delimiter: CSV_LINE_END, cast: { boolean: (b) => (b ? 'true' : 'false') } },
                );
          expect(csvLines(rows)).toBe(expected);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
