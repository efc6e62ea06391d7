import { readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalFormProblems } from '../scripts/check/canonical-form.js';
import { readRecords } from '../scripts/load/read-records.js';
import { readSchemas } from '../scripts/load/read-schemas.js';
import { ROOT, copyProject, removeProject, writeFile } from './support/project.js';

const schemas = readSchemas(join(ROOT, 'schema'));
const FORM = 'two-space indent, each key and each list item on a line of its own, LF line ends, a final newline, keys in schema order';
const formProblems = (root: string) =>
  canonicalFormProblems(
    root,
    schemas,
    readRecords(
      root,
      schemas.tables.map((t) => t.table),
    ).records,
  );

describe('record files', () => {
  it('are in canonical form: schema key order, two-space indent, final newline (fix: npm run fix)', () => {
    expect(formProblems(ROOT)).toEqual([]);
  });

  it('out of canonical form are reported with the fix', () => {
    const dir = copyProject();
    try {
      const file = 'data/treaties/csp-2024.json';
      const { id, ...rest } = JSON.parse(JSON.stringify(readRecords(ROOT, ['treaties']).records.find((r) => r.file === file)!.data));
      writeFile(dir, file, JSON.stringify({ ...rest, id }));
      expect(formProblems(dir)).toEqual([
        {
          file,
          pointer: '',
          message: `is not in canonical form from line 1 (${FORM})`,
          fix: 'run npm run fix',
        },
      ]);
    } finally {
      removeProject(dir);
    }
  });

  it('judges as canonical exactly what npm run fix would leave as it is (indented as JSON.stringify does, yet keys astray, an unknown key before known ones, or a string not in NFC)', () => {
    const real = readRecords(ROOT, ['treaties']).records.find((r) => r.file === 'data/treaties/csp-2024.json')!;
    const judge = (data: Record<string, unknown>) =>
      canonicalFormProblems(ROOT, schemas, [{ ...real, data, fileText: `${JSON.stringify(data, null, 2)}\n` }]).length;
    const data = structuredClone(real.data) as Record<string, unknown>;
    expect(judge(data)).toBe(0);
    const { id, ...rest } = data;
    expect(judge({ ...rest, id })).toBe(1);
    expect(judge({ id, zz_unknown: 1, ...rest })).toBe(1);
    expect(judge({ ...data, zz_unknown: 1 })).toBe(0);
    // "Pyongyang" with a decomposed e-acute: the same letters, other code points.
    expect(judge({ ...data, short_title: 'Pyongyang Cafe\u0301' })).toBe(1);
  });

  it('says from which line a file departs from canonical form (a citation on one line, CRLF), or that it lacks its final newline', () => {
    const dir = copyProject();
    try {
      const file = 'data/treaties/csp-2024.json';
      const canonical = readFileSync(join(ROOT, file), 'utf8');
      const lines = canonical.split('\n');
      const messages = (text: string) => {
        writeFile(dir, file, text);
        return formProblems(dir).map((p) => p.message.replace(` (${FORM})`, ''));
      };
      // The guide's own examples write a citation on one line: { "source": "...", "quote": "..." }.
      // Any citation will do (with or without a quote), so the test does not depend on one staying bare.
      const i = lines.findIndex((l, n) => n > 0 && l.trim() === '{' && /^\s*"source": "[^"]+",?$/.test(lines[n + 1]!));
      const indent = lines[i]!.length - lines[i]!.trimStart().length;
      const j = lines.findIndex((l, n) => n > i && /^\s*},?$/.test(l) && l.length - l.trimStart().length === indent);
      const oneLine = [...lines.slice(0, i), [lines[i], ...lines.slice(i + 1, j + 1).map((l) => l.trim())].join(' '), ...lines.slice(j + 1)].join('\n');
      const at = i + 1;
      expect(JSON.parse(oneLine)).toEqual(JSON.parse(canonical));
      expect(messages(oneLine)).toEqual([`is not in canonical form from line ${at}`]);
      expect(messages(canonical.replaceAll('\n', '\r\n'))).toEqual(['is not in canonical form from line 1']);
      expect(messages(canonical.trimEnd())).toEqual(['is not in canonical form at its end (no final newline)']);
    } finally {
      removeProject(dir);
    }
  });

  it('a byte-order mark is out of canonical form; the text judged is the one parsed, and a file read again (records from the threads) is read by the same rules, a link reported, not followed', () => {
    const dir = copyProject();
    try {
      const file = 'data/treaties/csp-2024.json';
      const canonical = readFileSync(join(ROOT, file), 'utf8');
      writeFile(dir, file, `\ufeff${canonical}`);
      const records = readRecords(dir, ['treaties']).records;
      expect(canonicalFormProblems(dir, schemas, records).map((p) => `${p.file} ${p.message}`)).toEqual([
        `${file} is not in canonical form from its first byte (a byte-order mark) (${FORM})`,
      ]);
      // Replaced by a link to a canonical copy between the read and the form check: the text that was
      // read is judged, not the file as it is now.
      writeFile(dir, 'elsewhere.json', canonical);
      rmSync(join(dir, file));
      symlinkSync(join(dir, 'elsewhere.json'), join(dir, file));
      expect(canonicalFormProblems(dir, schemas, records).map((p) => `${p.file} ${p.message}`)).toEqual([
        `${file} is not in canonical form from its first byte (a byte-order mark) (${FORM})`,
      ]);
      // Records that come without their text (a build keeps none) are read again, by the record files' rules.
      const withoutText = records.map(({ fileText: _, ...r }) => r);
      expect(canonicalFormProblems(dir, schemas, withoutText).map((p) => `${p.file} ${p.message}`)).toEqual([
        `${file} is a symbolic link: only regular files under data/ are read (replace it with the record file itself)`,
      ]);
    } finally {
      removeProject(dir);
    }
  });
});
