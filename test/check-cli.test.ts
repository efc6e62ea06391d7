import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
