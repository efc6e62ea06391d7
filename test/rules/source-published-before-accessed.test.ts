import { describe, expect, it } from 'vitest';
import { ofRule, problemsAfter } from '../support/rules.js';

const RULE = 'source-published-before-accessed';

describe(RULE, () => {
  it('passes the real sources', () => expect(ofRule(problemsAfter(), RULE)).toEqual([]));

  it('refuses a source published after it was accessed; a partial date compares by its bounds', () => {
    const problems = problemsAfter((record) => {
      Object.assign(record('data/sources/kcnawatch-2024-06-20-treaty-text.json'), { published: '2026-12-01', accessed: '2026-11-27' });
      Object.assign(record('data/sources/kcnawatch-2024-06-20-treaty-signed.json'), { published: '2026-11', accessed: '2026-11-27' });
    });
    expect(ofRule(problems, RULE)).toEqual([
      {
        file: 'data/sources/kcnawatch-2024-06-20-treaty-text.json',
        pointer: '/published',
        message: 'published 2026-12-01, after it was accessed on 2026-11-27',
        fix: 'check both dates against the page',
        rule: RULE,
      },
    ]);
  });
});
