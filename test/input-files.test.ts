import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listRecords } from '../scripts/load/list-records.js';
import { readSchemas } from '../scripts/load/read-schemas.js';
import { readMeta } from '../scripts/load/read-meta.js';
import { readRecord } from '../scripts/load/read-raw.mjs';
import { parseJson } from '../scripts/load/parse-json.mjs';
import { formatProblem } from '../scripts/problem.js';
import { ROOT, copyProject, removeProject, runBuild, scriptArgs, treeHash } from './support/project.js';

/**
 * What the build reads: only regular files under data/, in real table folders, each parsed as strict
 * JSON (line and column for a syntax error, a pointer for a duplicate key), never echoing a file that
 * is not JSON, and every printed name or value escaped. Cases are checked in-process on the listing
 * and reader; one command-line case per class shows the build refusing with the exact lines.
 */
const TABLES = ['claims', 'clauses', 'codings', 'events', 'parties', 'sources', 'treaties'];
/** The fix of a JSON syntax error that is none of those told apart (a trailing comma, a file cut short). */
const SYNTAX_FIX = 'correct the JSON there: keys and strings in double quotes, a comma between items and none after the last, every { and [ closed';
const copies: string[] = [];
afterAll(() => copies.forEach(removeProject));
const copy = () => {
  const dir = copyProject();
  copies.push(dir);
  return dir;
};
const russia = readFileSync(join(ROOT, 'data', 'parties', 'russia.json'), 'utf8');
const message = (path: string) => {
  const r = readRecord(path, 1 << 20);
  return r.problems?.map((p) => `${p.pointer || '/'}: ${p.message}`);
};

describe('record files: only regular files, strictly parsed', () => {
  it('refuses a symbolic link (to a valid record or to a secret), a FIFO and a folder at listing, before opening', () => {
    const dir = copy();
    const parties = join(dir, 'data', 'parties');
    writeFileSync(join(dir, 'secret.txt'), 'TOKEN=hunter2\n');
    symlinkSync(join(ROOT, 'data', 'parties', 'russia.json'), join(parties, 'link-to-record.json'));
    symlinkSync(join(dir, 'secret.txt'), join(parties, 'link-to-secret.json'));
    execFileSync('mkfifo', [join(parties, 'pipe.json')]);
    mkdirSync(join(parties, 'folder.json'));
    const listing = listRecords(dir, TABLES);
    expect(listing.problems.map(formatProblem).sort()).toEqual([
      'data/parties/folder.json /: is a folder: only regular files under data/ are read (replace it with the record file itself)',
      'data/parties/link-to-record.json /: is a symbolic link: only regular files under data/ are read (replace it with the record file itself)',
      'data/parties/link-to-secret.json /: is a symbolic link: only regular files under data/ are read (replace it with the record file itself)',
      'data/parties/pipe.json /: is a FIFO (named pipe): only regular files under data/ are read (replace it with the record file itself)',
    ]);
    expect(listing.files.get('parties')).not.toContain('pipe.json');
    // Should one be swapped in after the listing, the open descriptor is checked too (no hang on a FIFO).
    expect(message(join(parties, 'pipe.json'))).toEqual([
      '/: is a FIFO (named pipe): only regular files under data/ are read (replace it with the record file itself)',
    ]);
    expect(message(join(parties, 'link-to-secret.json'))).toEqual([
      '/: is a symbolic link: only regular files under data/ are read (replace it with the record file itself)',
    ]);
  });

  it('gives line and column for every JSON syntax error, and never quotes a file that is not JSON', () => {
    expect(parseJson('{\n  "id": "x",\n  "name": "y",\n}\n').problems).toEqual([
      {
        pointer: '',
        message: "is not valid JSON: unexpected '}' at line 4, column 1",
        fix: "remove the comma before the '}': JSON allows no comma after the last item",
      },
    ]);
    expect(parseJson('{\n  "id": "x\u0007"\n}').problems).toEqual([
      { pointer: '', message: 'is not valid JSON: a control character inside a string (write it as \\uXXXX) at line 2, column 11', fix: SYNTAX_FIX },
    ]);
    expect(parseJson('{"id": ').problems).toEqual([
      {
        pointer: '',
        message: 'is not valid JSON: unexpected end of input at line 1, column 8',
        fix: 'the file stops too early: close every string, { and [ it opens',
      },
    ]);
    // A file cut short, wherever it was cut, is told as such (not as the last token read being wrong).
    for (const cut of ['{', '{\n', '{\n  "id": "x",\n', '{\n  "a": [1, 2\n', '{"a": tru', '{"a": "b']) {
      const lines = cut.split('\n');
      expect(parseJson(cut).problems, JSON.stringify(cut)).toEqual([
        {
          pointer: '',
          message: `is not valid JSON: unexpected end of input at line ${lines.length}, column ${lines.at(-1)!.length + 1}`,
          fix: 'the file stops too early: close every string, { and [ it opens',
        },
      ]);
    }
    // White space that JSON does not allow after the value is not the end of the file.
    expect(parseJson('{"a": 1}\u00a0').problems![0]!.message).toBe('is not valid JSON: unexpected character at line 1, column 9');
    const secret = parseJson('TOKEN=hunter2\n').problems!;
    expect(secret).toEqual([{ pointer: '', message: 'is not valid JSON: unexpected character at line 1, column 1', fix: SYNTAX_FIX }]);
    expect(JSON.stringify(secret)).not.toMatch(/TOKEN|hunter/);
  });

  it('refuses every duplicate key with its pointer, where JSON.parse would keep the last silently', () => {
    expect(parseJson('{"id": "x", "name": "=HYPERLINK(1)", "name": "State Duma"}').problems).toEqual([
      {
        pointer: '/name',
        message: 'duplicate key at line 1, column 38 (first at line 1, column 13): keys of an object must be unique',
        fix: 'keep one of the two (the value its sources give) and delete the other',
      },
    ]);
    expect(parseJson('{"a": [{"b": {"c~/": 1, "c~/": 2}}], "q\\"": "\\\\", "q\\"": 1}').problems!.map((p) => p.pointer)).toEqual(['/a/0/b/c~0~1', '/q"']);
    // Keys that only look alike are different keys; strings holding quotes and colons are not keys.
    expect(parseJson('{"a": "\\"b\\": 1", "b": {"a": 1}, "A": 2}').problems).toBeUndefined();
  });
});

describe('the data folder: real table folders, each with records', () => {
  it('refuses a missing data/, a table that is a file, a dangling link or an unlisted folder, and an empty table', () => {
    const dir = copy();
    rmSync(join(dir, 'data', 'claims'), { recursive: true });
    writeFileSync(join(dir, 'data', 'claims'), '');
    rmSync(join(dir, 'data', 'codings'), { recursive: true });
    symlinkSync(join(dir, 'nowhere'), join(dir, 'data', 'codings'));
    rmSync(join(dir, 'data', 'events'), { recursive: true });
    mkdirSync(join(dir, 'data', 'events'));
    rmSync(join(dir, 'data', 'treaties'), { recursive: true });
    const listing = listRecords(dir, TABLES);
    expect(listing.incomplete).toBe(true);
    expect(listing.problems.map(formatProblem).sort()).toEqual([
      'data/claims /: is a file: a table is a real folder of .json record files',
      'data/codings /: is a symbolic link: a table is a real folder of .json record files',
      'data/events /: has no records: every table holds at least one (data/events/<id>.json)',
      'data/treaties /: has no records: every table holds at least one (data/treaties/<id>.json)',
    ]);
    rmSync(join(dir, 'data'), { recursive: true });
    expect(listRecords(dir, TABLES).problems.map(formatProblem)).toEqual(['data /: is missing: the dataset has no records (data/<table>/<id>.json)']);
  });

  it('refuses a table folder that cannot be listed (on the command line, as nobody when run as root)', () => {
    const dir = copy();
    // Root ignores permissions, so as root the check runs as nobody (setpriv) on a copy nobody owns.
    const root = process.getuid?.() === 0;
    if (root) execFileSync('chown', ['-R', 'nobody', dir]);
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'data', 'sources'), 0);
    try {
      const command = [process.execPath, ...scriptArgs('check')];
      const [cmd, ...args] = root ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', ...command] : command;
      const r = spawnSync(cmd!, args, { cwd: ROOT, env: { ...process.env, DATASET_ROOT: dir }, encoding: 'utf8' });
      expect(r.stderr).toBe('data/sources /: cannot be listed (EACCES)\n\ncheck failed: 1 problem(s)\n');
      expect(r.status).toBe(1);
    } finally {
      chmodSync(join(dir, 'data', 'sources'), 0o755);
    }
  });
});

describe('record file names', () => {
  it('refuses a name that is not valid UTF-8 by what it is, not as a file that cannot be found', () => {
    const dir = copy();
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'data', 'parties', 'x')), Buffer.from([0xff]), Buffer.from('.json')]), russia);
    const found = listRecords(dir, TABLES).problems.map(formatProblem);
    expect(found).toEqual([
      'data/parties/x\ufffd.json /: has a name that is not valid UTF-8 (or holds U+FFFD), which no id can be\n    fix: rename it to <id>.json (an id is a-z, 0-9 and single hyphens)',
    ]);
  });
});

describe('schema files: read by the same rules as record files', () => {
  it('refuses a link, a FIFO or a folder named *.schema.json, a duplicate key and a file that is not JSON, naming file and pointer, never quoting it', () => {
    const dir = copy();
    const schema = join(dir, 'schema');
    const refusal = () => {
      try {
        readSchemas(schema);
      } catch (err) {
        return (err as Error).message;
      }
      return 'read';
    };
    expect(refusal()).toBe('read');
    writeFileSync(join(dir, 'secret.txt'), 'TOKEN=hunter2\n');
    const extra = join(schema, 'zz.schema.json');
    symlinkSync(join(dir, 'secret.txt'), extra);
    expect(refusal()).toBe('schema/zz.schema.json /: is a symbolic link: only regular files under schema/ are read (replace it with the schema file itself)');
    rmSync(extra);
    // A FIFO would hang a blocking read, and with it the build that holds the checkout's lock.
    execFileSync('mkfifo', [extra]);
    expect(refusal()).toBe(
      'schema/zz.schema.json /: is a FIFO (named pipe): only regular files under schema/ are read (replace it with the schema file itself)',
    );
    rmSync(extra);
    mkdirSync(extra);
    expect(refusal()).toMatch(/^schema\/zz\.schema\.json \/: is a folder: /);
    rmSync(extra, { recursive: true });
    writeFileSync(extra, 'TOKEN=hunter2\n');
    expect(refusal()).toBe('schema/zz.schema.json /: is not valid JSON: unexpected character at line 1, column 1');
    rmSync(extra);
    // JSON.parse keeps the last of two keys: a bound loosened where nobody looks.
    const common = join(schema, 'common.schema.json');
    writeFileSync(common, readFileSync(common, 'utf8').replace('"maxLength": 4000,', '"maxLength": 4000, "maxLength": 99999999,'));
    expect(refusal()).toMatch(
      /^schema\/common\.schema\.json \/\$defs\/text\/maxLength: duplicate key at line \d+, column \d+ \(first at line \d+, column \d+\)/,
    );
    writeFileSync(common, readFileSync(join(ROOT, 'schema', 'common.schema.json')));
    expect(refusal()).toBe('read');
    // A table's name becomes a folder under data/ and a file under dist/: never a path out of them.
    const party = join(schema, 'party.schema.json');
    const original = readFileSync(party, 'utf8');
    writeFileSync(party, original.replace('"x-table": "parties"', '"x-table": "../../outside"'));
    expect(refusal()).toBe('schema/party.schema.json /x-table: must be a lowercase name (a-z, then a-z, 0-9 or _), as it names folders, files and code');
    writeFileSync(party, original.replace('"x-row": "party"', '"x-row": "party\'); evil(\'"'));
    expect(refusal()).toBe('schema/party.schema.json /x-row: must be a lowercase name (a-z, then a-z, 0-9 or _), as it names folders, files and code');
    writeFileSync(party, original.replace('"aliases": {', '"../../outside": {'));
    expect(refusal()).toBe(
      'schema/party.schema.json /properties/..~1..~1outside: must be a lowercase name (a-z, then a-z, 0-9 or _), as it names columns, files and code',
    );
    writeFileSync(party, original.replace('"x-table": "parties"', '"x-table": "events"'));
    expect(refusal()).toBe('schema/party.schema.json /x-table: "events" is the table of another schema too');
  });
});

describe('package.json and CHANGELOG.md: read by the same rules as record files', () => {
  it('refuses a FIFO, a link, a file that is not JSON, a duplicate key, and a name or version that could not name the release files', () => {
    const dir = copy();
    const pkg = join(dir, 'package.json');
    const changelog = join(dir, 'CHANGELOG.md');
    const original = readFileSync(pkg, 'utf8');
    const refusal = () => {
      try {
        readMeta(dir);
        return 'read';
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(refusal()).toBe('read');
    for (const [path, name] of [
      [pkg, 'package.json'],
      [changelog, 'CHANGELOG.md'],
    ] as const) {
      const kept = readFileSync(path);
      rmSync(path);
      execFileSync('mkfifo', [path]);
      // Should the FIFO ever be read again, a writer ends the blocked read after 3 s: the test then fails instead of hanging.
      const writer = spawn('sh', ['-c', `sleep 3; [ -p '${path}' ] && echo x > '${path}'`], { stdio: 'ignore' });
      try {
        expect(refusal()).toBe(`${name} /: is a FIFO (named pipe): only regular files are read`);
      } finally {
        writer.kill('SIGKILL');
      }
      rmSync(path);
      symlinkSync(join(ROOT, name), path);
      expect(refusal()).toBe(`${name} /: is a symbolic link: only regular files are read`);
      rmSync(path);
      writeFileSync(path, kept);
    }
    writeFileSync(pkg, 'TOKEN=hunter2\n');
    expect(refusal()).toBe('package.json /: is not valid JSON: unexpected character at line 1, column 1');
    writeFileSync(pkg, original.replace('"version": "', '"version": "9.9.9", "version": "'));
    expect(refusal()).toMatch(/^package\.json \/version: duplicate key at line \d+, column \d+ \(first at line \d+, column \d+\)/);
    // The release is written as release/<name>-<version>.zip: neither may lead out of release/.
    writeFileSync(pkg, original.replace('"name": "dprk-russia-treaty"', '"name": "../../outside"'));
    expect(refusal()).toBe('package.json /name: must be a lowercase package name without a scope (a-z, 0-9, ., _ and -), as it names the release files');
    writeFileSync(pkg, original.replace(/"version": "[^"]*"/, '"version": "0.1.0/../../x"'));
    expect(refusal()).toBe('package.json /version: must be a semantic version such as 1.2.3, as it names the release files');
    writeFileSync(pkg, original);
    expect(refusal()).toBe('read');
  });
});

describe('printing', () => {
  it('escapes control and bidi characters of names and values, so a record cannot print a line of its own', () => {
    const line = formatProblem({ file: 'data/parties/a\u001b[2K\rbuild ok\u202e.json', pointer: '/name', message: 'x\n\u009b31m' });
    expect(line).toBe('data/parties/a\\u001b[2K\\u000dbuild ok\\u202e.json /name: x\\u000a\\u009b31m');
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
  });
});

describe('command line', () => {
  it('refuses hostile record files in one report, escaped, naming each, and leaves dist/ as it was', () => {
    const dir = copy();
    const before = treeHash(join(dir, 'dist'));
    const parties = join(dir, 'data', 'parties');
    writeFileSync(join(dir, 'secret.txt'), 'TOKEN=hunter2\n');
    symlinkSync(join(dir, 'secret.txt'), join(parties, 'link.json'));
    execFileSync('mkfifo', [join(parties, 'pipe.json')]);
    writeFileSync(join(parties, 'not-json.json'), 'TOKEN=hunter2\n');
    writeFileSync(join(parties, 'russia.json'), russia.replace('"name": ', '"name": "=HYPERLINK(1)",\n  "name": '));
    writeFileSync(join(parties, '\u001b[32mbuild ok\u001b[0m.json'), '{}');
    const r = runBuild(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/hunter2|\u001b/);
    expect(r.stderr).toMatch(/^data\/parties\/link\.json \/: is a symbolic link: only regular files under data\/ are read/m);
    expect(r.stderr).toMatch(/^data\/parties\/pipe\.json \/: is a FIFO \(named pipe\)/m);
    expect(r.stderr).toMatch(/^data\/parties\/not-json\.json \/: is not valid JSON: unexpected character at line 1, column 1$/m);
    expect(r.stderr).toMatch(/^data\/parties\/russia\.json \/name: duplicate key at line \d+, column 3 \(first at line \d+, column 3\)/m);
    expect(r.stderr).toMatch(/^data\/parties\/\\u001b\[32mbuild ok\\u001b\[0m\.json \/: /m);
    expect(treeHash(join(dir, 'dist'))).toEqual(before);
  });

  it('refuses a checkout without data/ instead of writing empty tables', () => {
    const dir = copy();
    const before = treeHash(join(dir, 'dist'));
    rmSync(join(dir, 'data'), { recursive: true });
    const r = runBuild(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('data /: is missing: the dataset has no records (data/<table>/<id>.json)\n\nbuild failed: 1 problem(s); dist/ left unchanged\n');
    expect(treeHash(join(dir, 'dist'))).toEqual(before);
  });
});
