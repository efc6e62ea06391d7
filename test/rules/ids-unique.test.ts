import { describe, expect, it } from 'vitest';
import { newRecord, ofRule, problemsAfter } from '../support/rules.js';

describe('ids-unique', () => {
  it('passes the real records', () => expect(ofRule(problemsAfter(), 'ids-unique')).toEqual([]));

  it('refuses a second record with an id already used, in another table too', () => {
    const problems = problemsAfter((record) => [
      newRecord('treaties', 'zz-copy', record('data/treaties/csp-2024.json')),
      newRecord('sources', 'china', { ...record('data/sources/kcnawatch-2024-06-20-treaty-signed.json'), id: 'china' }),
    ]);
    expect(ofRule(problems, 'ids-unique')).toEqual([
      {
        file: 'data/sources/china.json',
        pointer: '/id',
        message: 'duplicate id "china": already used by data/parties/china.json',
        fix: 'give this record an id of its own (ids are never reused, see releases/retired.json)',
        rule: 'ids-unique',
      },
      {
        file: 'data/treaties/zz-copy.json',
        pointer: '/id',
        message: 'duplicate id "csp-2024": already used by data/treaties/csp-2024.json',
        fix: 'give this record an id of its own (ids are never reused, see releases/retired.json)',
        rule: 'ids-unique',
      },
    ]);
  });
});
