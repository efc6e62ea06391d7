import type { TableModel } from './table-model.js';
import type { Row, Cell } from './table-rows.js';
import type { Records } from '../types/records.js';

/**
 * ATOP-shaped views of the codings, so a researcher can append our treaties to an ATOP panel:
 * atop_provisions (one row per treaty, ATOP's column names) and atop_members (one row per member).
 * Their variable columns come from the coding schema's enum, never from a list written here.
 */
export function atopTables(
  models: TableModel[],
  records: Pick<Records, 'codings' | 'treaties' | 'parties'>,
): { models: TableModel[]; rows: Map<string, Row[]> } {
  const variableColumn = models.find((m) => m.name === 'coding_values')!.columns.find((c) => c.name === 'variable')!;
  const variables = variableColumn.enum!;
  const provisions: TableModel = {
    name: 'atop_provisions',
    description:
      "ATOP-compatible provision coding, one row per treaty (this dataset's coding), with ATOP's column names; the article behind each value is in coding_values_clauses.",
    recordTable: 'codings',
    arrayPaths: [],
    primaryKey: ['treaty_id'],
    columns: [
      { name: 'treaty_id', type: 'string', description: 'Id of the treaty (treaties.id).', path: [], required: true, refTable: 'treaties' },
      {
        name: 'atopid',
        type: 'integer',
        description: 'ATOP alliance id, where ATOP covers the treaty; empty otherwise (the 2024 treaty).',
        path: [],
        required: false,
      },
      { name: 'cow4id', type: 'integer', description: 'Correlates of War (v4) alliance id, where COW covers the treaty.', path: [], required: false },
      { name: 'coding_id', type: 'string', description: 'Id of the coding record (codings.id).', path: [], required: true, refTable: 'codings' },
      ...variables.map((v) => ({
        name: v,
        type: 'integer' as const,
        description: `${variableColumn.enumDescriptions?.[v] ?? v} Empty: not coded.`,
        path: [],
        required: false,
      })),
    ],
    foreignKeys: [
      { fields: ['treaty_id'], table: 'treaties', tableFields: ['id'] },
      { fields: ['coding_id'], table: 'codings', tableFields: ['id'] },
    ],
  };
  const members: TableModel = {
    name: 'atop_members',
    description: "One row per member state of each coded treaty, with its Correlates of War country code (ATOP's member column).",
    recordTable: 'codings',
    arrayPaths: [],
    primaryKey: ['treaty_id', 'member'],
    columns: [
      { name: 'treaty_id', type: 'string', description: 'Id of the treaty (treaties.id).', path: [], required: true, refTable: 'treaties' },
      { name: 'atopid', type: 'integer', description: 'ATOP alliance id, where ATOP covers the treaty.', path: [], required: false },
      { name: 'member', type: 'integer', description: 'Correlates of War country code of the member state.', path: [], required: true },
      { name: 'party', type: 'string', description: 'Id of the member state (parties.id).', path: [], required: true, refTable: 'parties' },
    ],
    foreignKeys: [
      { fields: ['treaty_id'], table: 'treaties', tableFields: ['id'] },
      { fields: ['party'], table: 'parties', tableFields: ['id'] },
    ],
  };
  const codings = records.codings.filter((c) => c.data.coder === 'this-dataset');
  const treaties = new Map(records.treaties.map((t) => [t.data.id, t.data]));
  const parties = new Map(records.parties.map((p) => [p.data.id, p.data]));
  const provisionRows: Row[] = [];
  const memberRows: Row[] = [];
  for (const record of codings) {
    const data = record.data;
    const treaty = treaties.get(data.treaty)!;
    const value = new Map<string, number>(data.values.map((v) => [v.variable, v.value]));
    const cells: Cell[] = [treaty.id, treaty.atop_id, treaty.cow_id, data.id, ...variables.map((v) => value.get(v))];
    provisionRows.push({ cells });
    for (const party of treaty.parties) memberRows.push({ cells: [treaty.id, treaty.atop_id, parties.get(party)?.cow_code, party] });
  }
  return {
    models: [provisions, members],
    rows: new Map([
      ['atop_provisions', provisionRows],
      ['atop_members', memberRows],
    ]),
  };
}
