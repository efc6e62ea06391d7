import { datasetRule } from '../rule.js';

interface CodingFact {
  id: string;
  treaty: string;
  coder: string;
  notes: string;
  values: { variable: string; value: number; note: string }[];
}

/**
 * Where ATOP codes a treaty too, our coding says why it differs: a value that differs from ATOP's has a
 * note naming ATOP, and a variable ATOP codes that we leave out is explained in the coding's notes.
 */
export default datasetRule<CodingFact>({
  name: 'coding-differences-explained',
  description:
    'A treaty coded by ATOP is coded by this dataset too; each value that differs from ATOP\'s has a note mentioning ATOP, and each variable left out is explained in "notes".',
  collect: {
    codings: (c) => ({
      id: c.id,
      treaty: c.treaty,
      coder: c.coder,
      notes: c.notes ?? '',
      values: c.values.map((v) => ({ variable: v.variable, value: v.value, note: v.note ?? '' })),
    }),
  },
  judge(facts, report) {
    const ours = new Map(facts.filter((f) => f.fact.coder === 'this-dataset').map((f) => [f.fact.treaty, f]));
    for (const atop of facts) {
      if (atop.fact.coder !== 'atop-project') continue;
      const mine = ours.get(atop.fact.treaty);
      if (!mine) {
        report(
          atop,
          '/treaty',
          `ATOP codes ${atop.fact.treaty}, but this dataset has no coding of it`,
          'add a coding with "coder": "this-dataset" resting on the treaty\'s clauses',
        );
        continue;
      }
      for (const a of atop.fact.values) {
        const i = mine.fact.values.findIndex((v) => v.variable === a.variable);
        const m = mine.fact.values[i];
        if (m === undefined) {
          if (!mine.fact.notes.includes(a.variable))
            report(
              mine,
              '/notes',
              `${a.variable} is coded by ATOP (${atop.file}) but neither coded here nor explained in "notes"`,
              `code ${a.variable}, or say in "notes" why it is left out`,
            );
        } else if (m.value !== a.value && !/ATOP/.test(m.note)) {
          report(
            mine,
            `/values/${i}/note`,
            `${a.variable} is ${m.value} here but ${a.value} in ATOP's coding (${atop.file}), and the note does not say why`,
            'explain the difference in the value\'s "note", naming ATOP',
          );
        }
      }
    }
  },
});
