import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { releaseDate } from '../scripts/load/release-date.js';
import { renderBibtex, renderCitationCff } from '../scripts/export/export-citation.js';

/** The citation files date a released version from its changelog heading, and date nothing else. */
const meta = {
  name: 'dprk-russia-treaty',
  version: '1.2.0',
  description: 'd',
  license: '(MIT AND CC-BY-4.0)',
  keywords: [],
  title: 't',
  authors: [{ name: 'a' }],
  licenses: [],
};
const changelog = '# Changelog\n\n## [1.3.0] - unreleased\n\n## [1.2.0] - 2027-03-05\n\n### Added\n- x\n\n## [1.1.0] - 2026-12-01\n';

describe('citation dates', () => {
  it('come from the changelog heading of the version', () => {
    expect(releaseDate(changelog, '1.2.0')).toBe('2027-03-05');
    expect(releaseDate(changelog, '1.1.0')).toBe('2026-12-01');
    expect(releaseDate(changelog, '1.3.0')).toBeUndefined();
    expect(releaseDate(changelog, '1.2')).toBeUndefined();
  });

  it('refuse a heading of the version written in another form, which would cite a released version as unreleased', () => {
    for (const heading of ['## [1.2.0] – 2027-03-05', '## 1.2.0 - 2027-03-05', '## [1.2.0] - 5 March 2027', '## [1.2.0]'])
      expect(() => releaseDate(changelog.replace('## [1.2.0] - 2027-03-05', heading), '1.2.0'), heading).toThrow(
        `CHANGELOG.md /: the heading "${heading}" is not written "## [1.2.0] - YYYY-MM-DD" (or "## [1.2.0] - Unreleased"), so version 1.2.0 would be cited as unreleased`,
      );
    expect(releaseDate(changelog.replace('## [1.2.0] - 2027-03-05', '## [1.2.0] - Unreleased'), '1.2.0')).toBeUndefined();
    expect(releaseDate(changelog, '1.2.1')).toBeUndefined();
  });

  it('a released version has a year, month and date in BibTeX and date-released in CITATION.cff', () => {
    const bib = renderBibtex({ ...meta, released: '2027-03-05' });
    expect(bib).toContain('  year         = {2027},');
    expect(bib).toContain('  month        = mar,');
    expect(bib).toContain('  date         = {2027-03-05},');
    expect(bib).not.toContain('Unreleased');
    expect(parseYaml(renderCitationCff({ ...meta, released: '2027-03-05' }))['date-released']).toBe('2027-03-05');
  });

  it('an unreleased version says so and invents no date', () => {
    const bib = renderBibtex(meta);
    expect(bib).not.toMatch(/year|date\s*=/);
    expect(bib).toContain('Unreleased version.');
    expect(parseYaml(renderCitationCff(meta))).not.toHaveProperty('date-released');
  });
});
