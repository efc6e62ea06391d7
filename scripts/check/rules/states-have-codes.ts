import { recordRule } from '../rule.js';

/** A state joins other datasets by its codes: ISO 3166 (or ISO 3166-3 for a former state) and Correlates of War. */
export default recordRule({
  name: 'states-have-codes',
  description: 'A party of kind "state" has an ISO 3166 code (iso3166_alpha2, or iso3166_3 for a former state) and a Correlates of War code (cow_code).',
  table: 'parties',
  check(party, report) {
    if (party.kind !== 'state') return;
    if (party.iso3166_alpha2 === undefined && party.iso3166_3 === undefined)
      report('', 'a state must have "iso3166_alpha2" (or "iso3166_3" for a former state)', 'add the ISO 3166-1 alpha-2 code, e.g. "KP" for the DPRK');
    if (party.cow_code === undefined)
      report('', 'a state must have "cow_code"', 'add its Correlates of War country code (COW state list), e.g. 731 for the DPRK');
  },
});
