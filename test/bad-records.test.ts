import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDataset } from '../scripts/pipeline.js';
import { formatProblem } from '../scripts/problem.js';
import { copyProject, findRecord, removeProject, runBuild, treeHash, writeFile } from './support/project.js';

/**
 * The catalogue of bad input: each case drops one bad file into a copy of the real dataset and runs
 * the build's check on it, in this process; it must name the file and the JSON pointer. One case runs
 * the real command line with every bad file at once: it must fail and leave dist/ as it was.
 */
const signing = () => findRecord('events', (e) => e.type === 'signing' && e.treaty);
const anyEvent = () => findRecord('events');
const anySource = () => findRecord('sources');
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

interface Case {
  name: string;
  file: string;
  content: () => string | Buffer;
  expected: RegExp;
}

const cases: Case[] = [
  {
    name: 'malformed JSON (line and column)',
    file: 'data/events/broken.json',
    content: () => '{ "id": "broken", "name" "x" }\n',
    expected: /^data\/events\/broken\.json \/: is not valid JSON: unexpected string at line 1, column 26$/m,
  },
  {
    name: 'a file cut short (told as such, not as its last comma)',
    file: 'data/events/cut-short.json',
    content: () => '{ "id": "cut-short", ',
    expected: /^data\/events\/cut-short\.json \/: is not valid JSON: unexpected end of input at line 1, column 22\n {4}fix: the file stops too early/m,
  },
  {
    name: 'a duplicate key',
    file: 'data/events/dup-key.json',
    content: () => json({ ...anyEvent(), id: 'dup-key', title: 'DUP' }).replace('"title": "DUP"', '"title": "=HYPERLINK(1)",\n  "title": "A title"'),
    expected: /^data\/events\/dup-key\.json \/title: duplicate key at line \d+, column 3 \(first at line \d+, column 3\)/m,
  },
  {
    name: 'a control character in a title',
    file: 'data/events/bell.json',
    content: () => json({ ...anyEvent(), id: 'bell', title: 'A title\u0007 with a bell' }),
    expected: /^data\/events\/bell\.json \/title: holds the control character U\+0007 \[text-hygiene\]$/m,
  },
  {
    name: 'a lone surrogate in a summary',
    file: 'data/events/surrogate.json',
    content: () => json({ ...anyEvent(), id: 'surrogate', summary: 'SURROGATE' }).replace('SURROGATE', 'half \\ud800 a pair'),
    expected: /^data\/events\/surrogate\.json \/summary: holds a lone surrogate/m,
  },
  {
    name: 'a vote beyond its integer bound',
    file: 'data/events/big-vote.json',
    content: () => {
      const e = findRecord('events', (x) => x.vote);
      return json({ ...e, id: 'big-vote', vote: { ...e.vote, for: 3_000_000_000 } });
    },
    expected: /^data\/events\/big-vote\.json \/vote\/for: must be <= 10000 \[schema\/event\.schema\.json\]$/m,
  },
  {
    name: 'an entry into force before its own signing',
    file: 'data/treaties/ru-kp-friendship-2000.json',
    content: () => {
      const t = findRecord('treaties', (x) => x.id === 'ru-kp-friendship-2000');
      return json({ ...t, entry_into_force: { ...t.entry_into_force, value: '1999' } });
    },
    expected:
      /^data\/treaties\/ru-kp-friendship-2000\.json \/entry_into_force\/value: entry into force 1999 is before the treaty was signed \(2000-02-09\) \[treaty-own-dates-in-order\]$/m,
  },
  {
    name: 'a treaty that replaces itself',
    file: 'data/treaties/su-kp-friendship-1961.json',
    content: () => json({ ...findRecord('treaties', (x) => x.id === 'su-kp-friendship-1961'), replaces: ['su-kp-friendship-1961'] }),
    expected: /^data\/treaties\/su-kp-friendship-1961\.json \/replaces\/0: refers to its own record "su-kp-friendship-1961" \[no-self-reference\]$/m,
  },
  {
    name: 'a date in the future',
    file: 'data/events/future.json',
    content: () => {
      const e = anyEvent();
      return json({ ...e, id: 'future', date: { ...e.date, value: '2204-06-19', alternatives: undefined } });
    },
    expected: /^data\/events\/future\.json \/date\/value: 2204-06-19 is after \d{4}-\d\d-\d\d, the newest day a source was read/m,
  },
  {
    name: 'a Windows device name as id',
    file: 'data/parties/con.json',
    content: () => json({ ...findRecord('parties'), id: 'con' }),
    expected: /^data\/parties\/con\.json \/id: must be lowercase kebab-case .*not a device name Windows reserves/m,
  },
  {
    name: 'a Chinese quotation of 3,750 characters without spaces',
    file: 'data/events/long-zh-quote.json',
    content: () => json({ ...anyEvent(), id: 'long-zh-quote', sources: [{ source: anySource().id, quote: '這是一個很長的中文句子沒有空格'.repeat(250) }] }),
    expected: /^data\/events\/long-zh-quote\.json \/sources\/0\/quote: must have at most 50 words/m,
  },
  { name: 'an empty file', file: 'data/events/empty.json', content: () => '', expected: /^data\/events\/empty\.json \/: is empty/m },
  {
    name: 'a file that is not UTF-8',
    file: 'data/events/latin1.json',
    content: () => Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
    expected: /^data\/events\/latin1\.json \/: is not valid UTF-8/m,
  },
  {
    name: 'a file over the size limit',
    file: 'data/events/huge.json',
    content: () => json({ ...anyEvent(), id: 'huge', summary: 'x'.repeat(1_100_000) }),
    expected: /^data\/events\/huge\.json \/: is \d+ bytes, over the \d+-byte limit/m,
  },
  {
    name: 'JSON nested 100,000 levels deep',
    file: 'data/events/deep.json',
    content: () => json({ ...anyEvent(), id: 'deep', summary: 'DEEP' }).replace('"DEEP"', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    expected: /^data\/events\/deep\.json \/summary: must be string/m,
  },
  {
    name: 'an unknown property',
    file: 'data/events/unknown-prop.json',
    content: () => json({ ...anyEvent(), id: 'unknown-prop', colour: 'red' }),
    expected: /^data\/events\/unknown-prop\.json \/colour: is not an allowed property/m,
  },
  {
    name: 'a missing required field',
    file: 'data/events/no-summary.json',
    content: () => {
      const { summary: _s, ...e } = anyEvent();
      return json({ ...e, id: 'no-summary' });
    },
    expected: /^data\/events\/no-summary\.json \/: must have required property "summary"/m,
  },
  {
    name: 'an impossible date (2024-02-30)',
    file: 'data/events/feb-30.json',
    content: () => {
      const e = anyEvent();
      return json({ ...e, id: 'feb-30', date: { ...e.date, value: '2024-02-30' } });
    },
    expected:
      /^data\/events\/feb-30\.json \/date\/value: must match format "partial-date" \[schema\/event\.schema\.json\]\n {4}fix: write YYYY-MM-DD, YYYY-MM or YYYY .*a day that exists/m,
  },
  {
    name: 'an impossible full date',
    file: 'data/sources/bad-accessed.json',
    content: () => json({ ...anySource(), id: 'bad-accessed', accessed: '2024-02-30' }),
    expected: /^data\/sources\/bad-accessed\.json \/accessed: must match format "date"/m,
  },
  {
    name: 'a country code in lowercase (every pattern says what it means and how to meet it)',
    file: 'data/parties/lower-code.json',
    content: () => json({ ...findRecord('parties', (p) => p.iso3166_alpha2), id: 'lower-code', iso3166_alpha2: 'kp' }),
    expected:
      /^data\/parties\/lower-code\.json \/iso3166_alpha2: must be two capital letters: the ISO 3166-1 alpha-2 code \[schema\/party\.schema\.json\]\n {4}fix: write the code in capitals/m,
  },
  {
    name: 'an address that is not a URL (a character outside URLs)',
    file: 'data/sources/bad-uri.json',
    content: () => json({ ...anySource(), id: 'bad-uri', url: 'https://example.org/<page>' }),
    expected: /^data\/sources\/bad-uri\.json \/url: must match format "uri" \[schema\/source\.schema\.json\]\n {4}fix: write the whole address/m,
  },
  {
    name: 'a bad enum value',
    file: 'data/events/bad-type.json',
    content: () => json({ ...anyEvent(), id: 'bad-type', type: 'signature' }),
    expected: /^data\/events\/bad-type\.json \/type: must be one of "summit"/m,
  },
  {
    name: 'a mistyped enum value (the fix names the value meant)',
    file: 'data/events/enum-typo.json',
    content: () => json({ ...anyEvent(), id: 'enum-typo', type: 'offical-visit' }),
    expected: /^data\/events\/enum-typo\.json \/type: must be one of "summit".*\n {4}fix: did you mean "official-visit"\?$/m,
  },
  {
    name: 'an empty list of sources',
    file: 'data/events/no-sources.json',
    content: () => json({ ...anyEvent(), id: 'no-sources', sources: [] }),
    expected: /^data\/events\/no-sources\.json \/sources: must NOT have fewer than 1 items \[schema\/event\.schema\.json\]\n {4}fix: cite at least one source/m,
  },
  {
    name: 'a record file whose name does not end in .json',
    file: 'data/events/Upper-Case.JSON',
    content: () => json({ ...anyEvent(), id: 'upper-case' }),
    expected:
      /^data\/events\/Upper-Case\.JSON \/: is not a \.json record file\n {4}fix: rename it to upper-case\.json \(a record's file is named <id>\.json, all lowercase\)$/m,
  },
  {
    name: 'a mistyped reference (the fix names the id meant)',
    file: 'data/events/typo-ref.json',
    content: () => json({ ...anyEvent(), id: 'typo-ref', participants: [{ party: 'vladimir-puttin', role: 'participant' }] }),
    expected:
      /^data\/events\/typo-ref\.json \/participants\/0\/party: "vladimir-puttin" must be the id of a record of parties \[references-resolve\]\n {4}fix: did you mean "vladimir-putin"\? If not, /m,
  },
  {
    name: 'a dangling reference',
    file: 'data/events/dangling.json',
    content: () => json({ ...anyEvent(), id: 'dangling', participants: [{ party: 'nobody-at-all', role: 'participant' }] }),
    expected: /^data\/events\/dangling\.json \/participants\/0\/party: "nobody-at-all" must be the id of a record of parties \[references-resolve\]$/m,
  },
  {
    name: 'a reference to the wrong table',
    file: 'data/events/wrong-table.json',
    content: () => {
      const e = signing();
      return json({ ...e, id: 'wrong-table', type: 'meeting', participants: [{ party: e.treaty, role: 'participant' }] });
    },
    expected: /^data\/events\/wrong-table\.json \/participants\/0\/party: "[a-z0-9-]+" must be the id of a record of parties \(it is a record of treaties\)/m,
  },
  {
    name: 'a duplicate id',
    file: 'data/events/zz-duplicate.json',
    content: () => json(anyEvent()),
    expected: /^data\/events\/zz-duplicate\.json \/id: duplicate id "[a-z0-9-]+": already used by data\/events\//m,
  },
  {
    name: 'a file name that is not the id',
    file: 'data/events/not-the-id.json',
    content: () => json({ ...anyEvent(), id: 'something-else' }),
    expected: /^data\/events\/not-the-id\.json \/id: id "something-else" must equal the file name "not-the-id"/m,
  },
  {
    name: 'ratification before signing',
    file: 'data/events/early-law.json',
    content: () => {
      const s = signing();
      const year = Number(s.date.value.slice(0, 4)) - 1;
      return json({ ...s, id: 'early-law', type: 'law-signed', date: { ...s.date, value: `${year}-01-01`, alternatives: undefined } });
    },
    expected: /^data\/events\/early-law\.json \/date\/value: law-signed on \d{4}-01-01 is before the signing of/m,
  },
  {
    name: 'a treaty date that disagrees with its event',
    file: 'data/treaties/csp-2024.json',
    content: () => {
      const t = findRecord('treaties', (x) => x.id === 'csp-2024');
      return json({ ...t, signed: { ...t.signed, value: '2024-06-18' } });
    },
    expected: /^data\/treaties\/csp-2024\.json \/signed\/value: signed 2024-06-18 disagrees with event/m,
  },
  {
    name: 'a non-https URL',
    file: 'data/sources/plain-http.json',
    content: () => json({ ...anySource(), id: 'plain-http', url: 'http://example.org/page' }),
    expected: /^data\/sources\/plain-http\.json \/url: must be an https:\/\/ URL/m,
  },
  {
    name: 'text with leading or trailing spaces',
    file: 'data/events/spaces.json',
    content: () => json({ ...anyEvent(), id: 'spaces', summary: ' padded summary ' }),
    expected: /^data\/events\/spaces\.json \/summary: must not start or end with white space/m,
  },
  {
    name: 'text starting with =',
    file: 'data/events/formula-eq.json',
    content: () => json({ ...anyEvent(), id: 'formula-eq', title: '=HYPERLINK("https://example.org")' }),
    expected: /^data\/events\/formula-eq\.json \/title: .*formula/m,
  },
  {
    name: 'text starting with +',
    file: 'data/events/formula-plus.json',
    content: () => json({ ...anyEvent(), id: 'formula-plus', summary: '+1 a formula' }),
    expected: /^data\/events\/formula-plus\.json \/summary: .*formula/m,
  },
  {
    name: 'text starting with -',
    file: 'data/events/formula-minus.json',
    content: () => json({ ...anyEvent(), id: 'formula-minus', summary: '-1 a formula' }),
    expected: /^data\/events\/formula-minus\.json \/summary: .*formula/m,
  },
  {
    name: 'text starting with @',
    file: 'data/events/formula-at.json',
    content: () => json({ ...anyEvent(), id: 'formula-at', summary: '@SUM(A1)' }),
    expected: /^data\/events\/formula-at\.json \/summary: .*formula/m,
  },
  {
    name: 'a quotation over 50 words',
    file: 'data/events/long-quote.json',
    content: () =>
      json({ ...anyEvent(), id: 'long-quote', sources: [{ source: anySource().id, quote: Array.from({ length: 51 }, (_, i) => `word${i}`).join(' ') }] }),
    expected: /^data\/events\/long-quote\.json \/sources\/0\/quote: must have at most 50 words/m,
  },
  {
    name: "a record saved in the wrong table's folder (where it belongs is named, and nothing else of it)",
    file: 'data/sources/misfiled-event.json',
    content: () => json({ ...anyEvent(), id: 'misfiled-event' }),
    expected:
      /^data\/sources\/misfiled-event\.json \/: is a record of events, not of sources: it passes schema\/event\.schema\.json, not this folder's schema\/source\.schema\.json \[schema\/source\.schema\.json\]\n {4}fix: move it to data\/events\/$(?![\s\S]*^data\/sources\/misfiled-event\.json)/m,
  },
  {
    name: 'keys out of the schema order (dist/json/ would write them so), reported once at the object out of order',
    file: 'data/events/keys-astray.json',
    content: () => {
      const { id: _, ...rest } = anyEvent();
      return json({ ...rest, id: 'keys-astray' });
    },
    expected:
      /^data\/events\/keys-astray\.json \/: keys are not in the schema's order \(id, type, [^)]*\) \[keys-in-schema-order\]\n {4}fix: run npm run fix, which rewrites the file with its keys in order$(?![\s\S]*^data\/events\/keys-astray\.json)/m,
  },
  {
    name: 'a trailing comma (the fix says which comma)',
    file: 'data/events/trailing-comma.json',
    content: () => json({ ...anyEvent(), id: 'trailing-comma' }).replace(/\n}\n$/, ',\n}\n'),
    expected:
      /^data\/events\/trailing-comma\.json \/: is not valid JSON: unexpected '}' at line \d+, column 1\n {4}fix: remove the comma before the '}': JSON allows no comma after the last item$/m,
  },
];

/** The check the build runs (load -> validate -> check), in this process, as the report's lines. */
const report = async (dir: string): Promise<string> => (await checkDataset(dir)).problems.map(formatProblem).join('\n');

describe('the build refuses bad records', () => {
  let dir: string;
  let before: Record<string, string>;
  beforeAll(() => {
    dir = copyProject();
    before = treeHash(`${dir}/dist`);
  });
  afterAll(() => removeProject(dir));

  /** Puts a file back as it was: replaced real records are restored, added bad files removed. */
  const restore = (c: Case, original: Buffer | undefined) => (original ? writeFile(dir, c.file, original) : removeProject(`${dir}/${c.file}`));

  it.each(cases)('$name: is refused with its file and pointer, and says how to fix it', async (c) => {
    const original = existsSync(`${dir}/${c.file}`) ? readFileSync(`${dir}/${c.file}`) : undefined;
    writeFile(dir, c.file, c.content());
    try {
      const { problems } = await checkDataset(dir);
      expect(problems.map(formatProblem).join('\n')).toMatch(c.expected);
      // Every mistake of the catalogue has a known fix: the curator is told it, on the line below.
      expect(problems.filter((p) => p.file === c.file && !p.fix).map(formatProblem)).toEqual([]);
    } finally {
      restore(c, original);
    }
  });

  it('refuses entries that are not regular files (a broken link, a folder) with a problem each, not a crash', async () => {
    symlinkSync(`${dir}/nowhere.json`, `${dir}/data/events/broken-link.json`);
    mkdirSync(`${dir}/data/events/folder.json`);
    try {
      const r = await report(dir);
      expect(r).toMatch(/^data\/events\/broken-link\.json \/: is a symbolic link: only regular files under data\/ are read/m);
      expect(r).toMatch(/^data\/events\/folder\.json \/: is a folder: only regular files under data\/ are read/m);
    } finally {
      rmSync(`${dir}/data/events/broken-link.json`);
      rmSync(`${dir}/data/events/folder.json`, { recursive: true });
    }
  });

  it('on the command line: npm run build reports every problem at once, exits non-zero and leaves dist/ untouched', () => {
    const originals = cases.map((c) => (existsSync(`${dir}/${c.file}`) ? readFileSync(`${dir}/${c.file}`) : undefined));
    for (const c of cases) writeFile(dir, c.file, c.content());
    try {
      const r = runBuild(dir);
      expect(r.status).toBe(1);
      for (const c of cases) expect(r.stderr).toMatch(c.expected);
      expect(r.stderr).toMatch(/dist\/ left unchanged/);
      expect(treeHash(`${dir}/dist`)).toEqual(before);
    } finally {
      cases.forEach((c, i) => {
        restore(c, originals[i]);
      });
    }
  });

  it('checks clean once the bad files are gone (the copy itself is valid)', async () => {
    expect(await report(dir)).toBe('');
  });
});
