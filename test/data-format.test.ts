import { readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalFormProblems } from '../scripts/check/canonical-form.js';
import { readRecords } from '../scripts/load/read-records.js';
import { readSchemas } from '../scripts/load/read-schemas.js';
import { ROOT, copyProject, removeProject, writeFile } from './support/project.js';

const schemas = readSchemas(join(ROOT, 'schema'));
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
          message: 'is not in canonical form (keys in schema order, two-space indent, LF line ends, final newline)',
          fix: 'run npm run fix',
        },
      ]);
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
        `${file} is not in canonical form (keys in schema order, two-space indent, LF line ends, final newline)`,
      ]);
      // Replaced by a link to a canonical copy between the read and the form check: the text that was
      // read is judged, not the file as it is now.
      writeFile(dir, 'elsewhere.json', canonical);
      rmSync(join(dir, file));
      symlinkSync(join(dir, 'elsewhere.json'), join(dir, file));
      expect(canonicalFormProblems(dir, schemas, records).map((p) => `${p.file} ${p.message}`)).toEqual([
        `${file} is not in canonical form (keys in schema order, two-space indent, LF line ends, final newline)`,
      ]);
      // Records that come without their text (the engine's threads keep none) are read again, by the record files' rules.
      const withoutText = records.map(({ fileText: _, ...r }) => r);
      expect(canonicalFormProblems(dir, schemas, withoutText).map((p) => `${p.file} ${p.message}`)).toEqual([
        `${file} is a symbolic link: only regular files under data/ are read (replace it with the record file itself)`,
      ]);
    } finally {
      removeProject(dir);
    }
  });
});
