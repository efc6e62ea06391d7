import { recordRule } from '../rule.js';

/** A treaty is signed for its parties: each signatory acts on behalf of one of them. */
export default recordRule({
  name: 'signatories-act-for-parties',
  description: 'Each signatory of a treaty signs on behalf of one of the treaty\'s "parties".',
  table: 'treaties',
  check(treaty, report) {
    (treaty.signatories ?? []).forEach((s, i) => {
      if (!treaty.parties.includes(s.on_behalf_of))
        report(
          `/signatories/${i}/on_behalf_of`,
          `"${s.on_behalf_of}" is not a party to ${treaty.id} (parties: ${treaty.parties.join(', ')})`,
          `name the party to ${treaty.id} that ${s.party} signed for, or add "${s.on_behalf_of}" to "parties"`,
        );
    });
  },
});
