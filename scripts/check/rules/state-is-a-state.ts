import { datasetRule } from '../rule.js';

interface PartyFact {
  id: string;
  kind: string;
  state?: string;
}

/** A party's "state" is the state it belongs to or acts for: a party of kind "state". */
export default datasetRule<PartyFact>({
  name: 'state-is-a-state',
  description: 'A party\'s "state" names a party of kind "state".',
  collect: { parties: (p) => ({ id: p.id, kind: p.kind, ...(p.state === undefined ? {} : { state: p.state }) }) },
  judge(facts, report) {
    const kinds = new Map(facts.map((f) => [f.fact.id, f.fact.kind]));
    for (const f of facts) {
      const kind = f.fact.state === undefined ? undefined : kinds.get(f.fact.state);
      // A state that is not a party at all is references-resolve's to report.
      if (kind !== undefined && kind !== 'state')
        report(f, '/state', `"${f.fact.state}" is a party of kind "${kind}", not a state`, 'name the state the party belongs to or acts for');
    }
  },
});
