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

  it("allows a page dated the day after it was read (the publisher's local date is ahead of the curator's), not two days", () => {
    const messages = (published: string) =>
      ofRule(
        problemsAfter((record) => {
          Object.assign(record('data/sources/kcnawatch-2024-06-20-treaty-text.json'), { published, accessed: '2026-11-27' });
        }),
        RULE,
      ).map((p) => p.message);
    expect(messages('2026-11-28')).toEqual([]);
    expect(messages('2026-11-29')).toEqual(['published 2026-11-29, after it was accessed on 2026-11-27']);
  });
});
