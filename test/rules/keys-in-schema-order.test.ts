import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

/** Moves a key to the end of its object, as an editor that appends a property would. */
const moveLast = (obj: Record<string, unknown>, key: string) => {
  const value = obj[key];
  delete obj[key];
  obj[key] = value;
};

const SIGNING = 'data/events/csp-2024-signing.json';

describe('keys-in-schema-order', () => {
  it('passes the real records', () => expect(ofRule(problemsAfter(), 'keys-in-schema-order')).toEqual([]));

  it('refuses a record whose keys are out of order, at the top and deeper down, each object at its pointer', () => {
    const problems = problemsAfter((record) => {
      const signing = record(SIGNING);
      moveLast(signing, 'id');
      moveLast(signing.date, 'value');
      moveLast(signing.date.sources[1], 'source');
      return undefined;
    });
    const found = ofRule(problems, 'keys-in-schema-order');
    expect(found.map((p) => [p.file, p.pointer])).toEqual([
      [SIGNING, ''],
      [SIGNING, '/date'],
      [SIGNING, '/date/sources/1'],
    ]);
    expect(found[1]).toEqual({
      file: SIGNING,
      pointer: '/date',
      message: "keys are not in the schema's order (value, sources, note)",
      fix: 'run npm run fix, which rewrites the file with its keys in order',
      rule: 'keys-in-schema-order',
    });
  });

  it('leaves an object in order alone, whichever of its optional keys it has', () => {
    const problems = problemsAfter((record) => {
      delete record(SIGNING).date.note;
      delete record(SIGNING).order_in_day;
      return undefined;
    });
    expect(ofRule(problems, 'keys-in-schema-order')).toEqual([]);
  });
});
