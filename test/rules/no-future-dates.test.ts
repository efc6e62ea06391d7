import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestToday } from '../../scripts/check/rules/no-future-dates.js';
import { readSchemas } from '../../scripts/load/read-schemas.js';
import { checkRecords } from '../../scripts/pipeline.js';
import { ROOT } from '../support/project.js';
import { ofRule, problemsAfter, realRecords } from '../support/rules.js';

const RULE = 'no-future-dates';

describe(RULE, () => {
  it('passes the real records', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses any date after the newest day a source was read, wherever it is in a record', () => {
    const problems = problemsAfter((record) => {
      record('data/events/csp-2024-signing.json').date.value = '2204-06-19';
      record('data/sources/kcnawatch-2024-06-20-treaty-text.json').published = '2099';
    });
    const newest = '2026-11-30';
    expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}: ${p.message}`)).toEqual([
      `data/events/csp-2024-signing.json /date/value: 2204-06-19 is after ${newest}, the newest day a source was read, by more than the day time zones allow: a date cannot be sourced before it happens`,
      `data/sources/kcnawatch-2024-06-20-treaty-text.json /published: 2099 is after ${newest}, the newest day a source was read, by more than the day time zones allow: a date cannot be sourced before it happens`,
    ]);
  });

  it('judges a partial date by its earliest day: the month and year of the newest reading are not after it, a month starting two days later is', () => {
    const problems = problemsAfter((record) => {
      record('data/events/csp-2024-signing.json').date.value = '2026-11';
      record('data/sources/kcnawatch-2024-06-20-treaty-text.json').published = '2026';
      record('data/sources/1newsaz-2025-09-03-putin-dprk-kursk-kim-initiative.json').published = '2027-01';
    });
    expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}`)).toEqual([
      'data/sources/1newsaz-2025-09-03-putin-dprk-kursk-kim-initiative.json /published',
    ]);
  });

  it("allows a date one day after the newest reading (a page's local date ahead of the curator's), not two", () => {
    const published = (date: string) =>
      ofRule(
        problemsAfter((record) => {
          record('data/sources/kcnawatch-2024-06-20-treaty-text.json').published = date;
        }),
        RULE,
      ).map((p) => p.pointer);
    expect(published('2026-12-01')).toEqual([]);
    expect(published('2026-12')).toEqual([]);
    expect(published('2026-12-02')).toEqual(['/published']);
  });

  describe('"accessed", the one date bounded by the clock', () => {
    const SOURCE = 'data/sources/kcnawatch-2024-06-20-treaty-text.json';

    it('refuses a source read in the future, which would otherwise move the present and let every future date through', () => {
      const problems = problemsAfter((record) => {
        record(SOURCE).published = '2098-05-01';
        record(SOURCE).accessed = '2099-01-01';
        record('data/events/csp-2024-signing.json').date.value = '2098-06-19';
      });
      const newest = '2026-11-30';
      expect(ofRule(problems, RULE).map((p) => `${p.file} ${p.pointer}: ${p.message.replace(/today \(\d{4}-\d{2}-\d{2}/, 'today (…')}`)).toEqual([
        `data/events/csp-2024-signing.json /date/value: 2098-06-19 is after ${newest}, the newest day a source was read, by more than the day time zones allow: a date cannot be sourced before it happens`,
        `${SOURCE} /accessed: 2099-01-01 is after today (…, the latest date anywhere on Earth): a source cannot have been read in the future`,
        `${SOURCE} /published: 2098-05-01 is after ${newest}, the newest day a source was read, by more than the day time zones allow: a date cannot be sourced before it happens`,
      ]);
    });

    it('takes today as the latest date anywhere on Earth (UTC+14): read today passes, tomorrow is refused', () => {
      // 10:00 UTC on 1 December is already 2 December east of the date line, at UTC+14.
      expect(latestToday(Date.parse('2026-12-01T10:00:00Z'))).toBe('2026-12-02');
      expect(latestToday(Date.parse('2026-12-01T09:59:59Z'))).toBe('2026-12-01');
      const today = latestToday();
      const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const readOn = (accessed: string) =>
        ofRule(
          problemsAfter((record) => {
            record(SOURCE).accessed = accessed;
          }),
          RULE,
        ).map((p) => `${p.pointer}: ${p.message}`);
      expect(readOn(today)).toEqual([]);
      expect(readOn(tomorrow)).toEqual([
        `/accessed: ${tomorrow} is after today (${today}, the latest date anywhere on Earth): a source cannot have been read in the future`,
      ]);
    });
  });

  it('finds dates by their schema format, not by a list of property names: a date property added to a schema is judged too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'future-dates-'));
    try {
      cpSync(join(ROOT, 'schema'), dir, { recursive: true });
      const file = join(dir, 'event.schema.json');
      const schema = JSON.parse(readFileSync(file, 'utf8'));
      schema.properties.ended = { $ref: 'common.schema.json#/$defs/partialDate', description: 'When it ended.' };
      writeFileSync(file, JSON.stringify(schema));
      const records = realRecords.map((r) => ({ ...r, data: structuredClone(r.data) as any }));
      records.find((r) => r.file === 'data/events/csp-2024-signing.json')!.data.ended = '2204-06';
      expect(ofRule(checkRecords(readSchemas(dir), records).problems, RULE).map((p) => `${p.file} ${p.pointer}`)).toEqual([
        'data/events/csp-2024-signing.json /ended',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
