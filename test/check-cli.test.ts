import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, findRecord, removeProject, runScript, writeFile } from './support/project.js';

/** npm run check on the command line, as a curator runs it: the one real command-line case of the check. */
const check = (dir: string) => runScript('check', dir);

describe('npm run check', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyProject();
  });
  afterAll(() => removeProject(dir));

  it('passes the real data and writes nothing', () => {
    const r = check(dir);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^check ok: \d+ records$/m);
    expect(r.status).toBe(0);
  });

  it('reports each problem with file, pointer, rule and fix, and exits 1', () => {
    const event = findRecord('events', (e) => e.type === 'signing' && e.treaty === 'csp-2024');
    writeFile(dir, `data/events/${event.id}.json`, JSON.stringify({ ...event, participants: [{ party: 'nobody-at-all', role: 'signatory' }] }));
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `data/events/${event.id}.json /participants/0/party: "nobody-at-all" must be the id of a record of parties [references-resolve]\n    fix: use the id of a record in data/parties/, or add data/parties/nobody-at-all.json`,
    );
    expect(r.stderr).toContain(`data/events/${event.id}.json /: is not in canonical form`);
    expect(r.stderr).toMatch(/check failed: 2 problem\(s\)/);
  });

  it("refuses package.json's metadata as the build does: check ok never precedes a build that refuses", () => {
    const other = copyProject();
    try {
      const pkg = JSON.parse(readFileSync(join(other, 'package.json'), 'utf8'));
      delete pkg.description;
      writeFile(other, 'package.json', `${JSON.stringify(pkg, null, 2)}\n`);
      const r = check(other);
      expect(r.stderr).toBe("check failed: package.json /description: must be a text: the dataset in a sentence (the citation's abstract)\n");
      expect(r.status).toBe(1);
      expect(runScript('build', other).stderr).toBe(r.stderr.replace('check failed', 'build failed'));
    } finally {
      removeProject(other);
    }
  });
});
