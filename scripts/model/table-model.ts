import type { JsonSchema, Schemas } from '../load/read-schemas.js';
import { resolveSchema } from './resolve-schema.js';
import { PARTIAL_DATE_FORMAT as PARTIAL, PARTIAL_DATE_PATTERN } from '../validate/partial-date.js';

/** Column types, named as Frictionless Table Schema names them. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface Column {
  name: string;
  type: ColumnType;
  description: string;
  /** Property path inside the row's object (empty for a scalar array item). */
  path: string[];
  required: boolean;
  enum?: string[];
  /** Meaning of each allowed value, from the schema's x-enum-descriptions. */
  enumDescriptions?: Record<string, string>;
  pattern?: string;
  format?: string;
  /** Table whose id this column holds. */
  refTable?: string;
  /** A partial date as written (YYYY, YYYY-MM or YYYY-MM-DD). */
  partialDate?: true;
  /** For the columns a partial date expands into. */
  derive?: 'precision' | 'earliest' | 'latest';
  /** Key columns are filled from the row's position, not from a property. */
  key?: 'record-id' | 'parent-ordinal' | 'ordinal';
}

export interface ForeignKey {
  fields: string[];
  table: string;
  tableFields: string[];
}

/** A CSV table: a record table (one row per record) or a link table (one row per item of an array). */
export interface TableModel {
  name: string;
  description: string;
  /** The record table it comes from. */
  recordTable: string;
  /** Property paths from the record to each array level ([] for a record table). */
  arrayPaths: string[][];
  primaryKey: string[];
  columns: Column[];
  foreignKeys: ForeignKey[];
}

/**
 * Derives every CSV table from the schemas: nested objects become prefixed columns, arrays become
 * link tables keyed by the parent's key and a 1-based ordinal. Nothing here names a column by hand.
 */
export function buildTableModels(schemas: Schemas): TableModel[] {
  const models: TableModel[] = [];
  for (const t of schemas.tables) {
    const main: TableModel = {
      name: t.table,
      description: t.schema.description,
      recordTable: t.table,
      arrayPaths: [],
      primaryKey: ['id'],
      columns: [],
      foreignKeys: [],
    };
    models.push(main);
    const walk = (model: TableModel, schema: JsonSchema, base: string, path: string[], required: boolean, prefix: string[], standsFor?: string) => {
      const { schema: s, baseFile } = resolveSchema(schemas, schema, base);
      const colName = (extra: string[] = []) => [...prefix, ...extra].join('_');
      if (s.type === 'object') {
        const req = new Set<string>(s.required ?? []);
        for (const [key, sub] of Object.entries<JsonSchema>(s.properties ?? {})) {
          // A property named "value" stands for its object: date.value is the column "date".
          const nextPrefix = key === 'value' ? prefix : [...prefix, key];
          // A "value" column is described by the property its object stands for (date, announced, ...),
          // not by the generic words of the shared definition.
          walk(model, sub, baseFile, [...path, key], required && req.has(key), nextPrefix, key === 'value' ? s.description : undefined);
        }
        return;
      }
      if (s.type === 'array') {
        linkTable(model, s, baseFile, path);
        return;
      }
      const name = colName() || 'value';
      const col: Column = { name, type: scalarType(s), description: standsFor ?? s.description ?? '', path, required };
      if (s.enum) col.enum = s.enum;
      if (s['x-enum-descriptions']) col.enumDescriptions = s['x-enum-descriptions'];
      if (s.pattern && s.format !== PARTIAL) col.pattern = s.pattern;
      if (s.format && s.format !== 'date' && s.format !== PARTIAL) col.format = s.format;
      if (s['x-ref-table']) {
        col.refTable = s['x-ref-table'];
        model.foreignKeys.push({ fields: [name], table: s['x-ref-table'], tableFields: ['id'] });
      }
      model.columns.push(col);
      if (s.format === PARTIAL) {
        col.partialDate = true;
        col.pattern = PARTIAL_DATE_PATTERN;
        model.columns.push(
          {
            name: `${name}_precision`,
            type: 'string',
            enum: ['year', 'month', 'day'],
            description: `Precision of \`${name}\`: \`year\`, \`month\` or \`day\`.`,
            path,
            required,
            derive: 'precision',
          },
          {
            name: `${name}_earliest`,
            type: 'date',
            description: `Earliest day \`${name}\` can fall on: that day when \`${name}\` gives one, otherwise the first day of its month or year.`,
            path,
            required,
            derive: 'earliest',
          },
          {
            name: `${name}_latest`,
            type: 'date',
            description: `Latest day \`${name}\` can fall on: that day when \`${name}\` gives one, otherwise the last day of its month or year.`,
            path,
            required,
            derive: 'latest',
          },
        );
      }
    };

    const linkTable = (parent: TableModel, arraySchema: JsonSchema, base: string, path: string[]): void => {
      const recordKey = `${t.row}_id`;
      const levelName = path.join('_');
      const parentKeys =
        parent.arrayPaths.length === 0 ? [recordKey] : parent.primaryKey.map((k) => (k === 'ordinal' ? `${parent.arrayPaths.at(-1)!.join('_')}_ordinal` : k));
      const model: TableModel = {
        name: `${parent.name === t.table ? t.row : parent.name}_${levelName}`,
        description: `${arraySchema.description ?? ''} One row per item of \`${path.join('.')}\` in ${parent.name}, in the record's order.`.trim(),
        recordTable: t.table,
        arrayPaths: [...parent.arrayPaths, path],
        primaryKey: [...parentKeys, 'ordinal'],
        columns: [],
        foreignKeys: [{ fields: parentKeys, table: parent.name, tableFields: parent.primaryKey }],
      };
      // Pushed before its items are walked, so a parent table always precedes its child tables.
      models.push(model);
      model.columns.push({
        name: recordKey,
        type: 'string',
        description: `Id of the ${t.row} (\`${t.table}.id\`).`,
        path: [],
        required: true,
        key: 'record-id',
      });
      if (parentKeys.length > 1) {
        for (const k of parentKeys.slice(1)) {
          model.columns.push({
            name: k,
            type: 'integer',
            description: `Position of the enclosing item in ${parent.name} (its \`ordinal\`).`,
            path: [],
            required: true,
            key: 'parent-ordinal',
          });
        }
      }
      model.columns.push({
        name: 'ordinal',
        type: 'integer',
        description: "Position of the item in the record's list, from 1.",
        path: [],
        required: true,
        key: 'ordinal',
      });
      const items = resolveSchema(schemas, arraySchema.items, base);
      const itemPrefix = items.schema.type === 'object' ? [] : [arraySchema['x-item-name'] ?? 'value'];
      walk(model, arraySchema.items, base, [], true, itemPrefix);
    };

    walk(main, t.schema, t.file, [], true, []);
  }
  return models;
}

function scalarType(s: JsonSchema): ColumnType {
  if (s.type === 'integer') return 'integer';
  if (s.type === 'number') return 'number';
  if (s.type === 'boolean') return 'boolean';
  if (s.format === 'date') return 'date';
  return 'string';
}
