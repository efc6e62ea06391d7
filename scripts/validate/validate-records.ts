import type { ErrorObject } from 'ajv';
import type { Schemas } from '../load/read-schemas.js';
import { pointerSegment, type Problem } from '../problem.js';
import type { CheckedRecord, LoadedRecord } from '../types/records.js';
import { compiledValidators } from './compiled-validators.js';
import { closest } from '../closest.js';
import { PARTIAL_DATE_FORMAT } from './partial-date.js';

/** Records validated: those that passed their schema, typed, and every problem of those that did not. */
export interface ValidatedRecords {
  valid: CheckedRecord[];
  problems: Problem[];
}

/**
 * Validates every record against its table's schema and reports every error, not just the first.
 * The records that pass come back typed: from here on, code reads their generated types. Records
 * already validated with the same kept code in another thread (knownValid: the engine's reader) are
 * not validated twice.
 */
export function validateRecords(schemas: Schemas, records: LoadedRecord[], knownValid?: ReadonlySet<LoadedRecord>): ValidatedRecords {
  const validators = compiledValidators(schemas);
  const problems: Problem[] = [];
  const valid: CheckedRecord[] = [];
  for (const record of records) {
    if (knownValid?.has(record)) {
      valid.push(record as CheckedRecord);
      continue;
    }
    const validate = validators.get(record.table)!;
    if (validate(record.data)) valid.push(record as CheckedRecord);
    else {
      const schema = `schema/${schemas.tables.find((t) => t.table === record.table)?.file}`;
      const errors = validate.errors ?? [];
      const home = otherHome(schemas, validators, record);
      // A record in the wrong folder is one mistake: where it belongs, not a dozen errors against a
      // schema it was never meant for (whose fixes, "add accessed", would lead the wrong way).
      if (home)
        problems.push({
          file: record.file,
          pointer: '',
          message: `is a record of ${home.table}, not of ${record.table}: it passes schema/${home.file}, not this folder's ${schema}`,
          fix: `move it to data/${home.table}/`,
          rule: schema,
        });
      else for (const error of errors) problems.push(toProblem(record.file, schema, error));
    }
  }
  return { valid, problems: dedupe(problems) };
}

/**
 * The table whose schema a record that failed its own passes, if any: a file saved in the wrong
 * folder otherwise gets a dozen errors and no word of where it belongs. Asked only of records that
 * failed, so valid data costs nothing.
 */
function otherHome(schemas: Schemas, validators: ReturnType<typeof compiledValidators>, record: LoadedRecord): Schemas['tables'][number] | undefined {
  return schemas.tables.find((t) => t.table !== record.table && validators.get(t.table)!(record.data));
}

/**
 * A schema error as a problem, with how to fix it where the schema's keyword says (schemaFix). A fix
 * that needs a property's meaning names the record's schema, where each property is described (the
 * codebook describes the CSV columns, named otherwise).
 */
function toProblem(file: string, schema: string, e: ErrorObject): Problem {
  const problem = describe(file, schema, e);
  const fix = problem.fix ?? schemaFix(schema, e);
  // The rule broken is the record's schema: named as a dataset rule is, so every line says its rule.
  return fix ? { ...problem, fix, rule: schema } : { ...problem, rule: schema };
}

function describe(file: string, schema: string, e: ErrorObject): Problem {
  const params = e.params as Record<string, any>;
  switch (e.keyword) {
    case 'additionalProperties':
      return {
        file,
        pointer: `${e.instancePath}/${pointerSegment(params.additionalProperty)}`,
        message: `is not an allowed property (unknown key "${params.additionalProperty}")`,
        fix: `${didYouMean(params.additionalProperty, Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}))}check the spelling against the properties ${schema} allows there, or remove it`,
      };
    case 'required':
      return {
        file,
        pointer: e.instancePath,
        message: `must have required property "${params.missingProperty}"`,
        fix: `add "${params.missingProperty}" (see ${schema} for what it holds)`,
      };
    case 'enum':
      return { file, pointer: e.instancePath, message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'pattern': {
      const custom = (e.parentSchema as Record<string, unknown> | undefined)?.['x-message'];
      return { file, pointer: e.instancePath, message: typeof custom === 'string' ? custom : (e.message ?? 'is invalid') };
    }
    default:
      return { file, pointer: e.instancePath, message: e.message ?? `breaks the "${e.keyword}" rule` };
  }
}

/** How to fix what a schema keyword refuses, where that is known without judgement. */
function schemaFix(schema: string, e: ErrorObject): string | undefined {
  const params = e.params as Record<string, any>;
  const parent = e.parentSchema as Record<string, unknown> | undefined;
  switch (e.keyword) {
    case 'pattern':
      // The schema says how to meet its pattern beside the pattern's message (x-fix).
      return typeof parent?.['x-fix'] === 'string' ? parent['x-fix'] : undefined;
    case 'x-max-words':
      return `quote at most ${parent?.['x-max-words']} words: the ones that show what the record cites the source for (the rest goes into the record's own words)`;
    case 'maximum':
    case 'exclusiveMaximum':
    case 'minimum':
    case 'exclusiveMinimum':
      return `check the number against its source: ${schema} allows it ${params.comparison} ${params.limit}`;
    case 'maxLength':
      return `shorten it to at most ${params.limit} characters`;
    case 'minLength':
      return `write the text, or leave the property out if it is optional (see ${schema} for what it holds)`;
    case 'format':
      if (params.format === PARTIAL_DATE_FORMAT)
        return 'write YYYY-MM-DD, YYYY-MM or YYYY (only the precision the source gives), a day that exists: e.g. "2025-06-04" or "2025-06"';
      if (params.format === 'date') return 'write a full date YYYY-MM-DD, a day that exists: e.g. "2025-06-04"';
      if (params.format === 'uri')
        return 'write the whole address as the browser shows it, any character that URLs do not allow percent-encoded (a space as %20, < as %3C)';
      return undefined;
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).filter((v): v is string => typeof v === 'string');
      const meant = typeof e.data === 'string' ? closest(e.data, allowed) : undefined;
      return meant ? `did you mean "${meant}"?` : `use one of the values listed (${schema} says what each means)`;
    }
    case 'minItems':
      return (e.parentSchema as { items?: { $ref?: string } } | undefined)?.items?.$ref?.endsWith('/$defs/citation')
        ? 'cite at least one source: [{ "source": "<id of a record in data/sources/>" }]'
        : `list at least ${params.limit} item${params.limit === 1 ? '' : 's'}, or leave the property out if it is optional (see ${schema} for what it holds)`;
    case 'type':
      return TYPE_FIXES[params.type as string];
    default:
      return undefined;
  }
}

const TYPE_FIXES: Record<string, string> = {
  integer: 'write a whole number, without quotes',
  number: 'write a number, without quotes',
  boolean: 'write true or false, without quotes',
  string: 'write text in double quotes',
  array: 'write a list: [ ... ]',
  object: 'write an object: { ... }',
};

const didYouMean = (value: string, candidates: string[]): string => {
  const meant = closest(value, candidates);
  return meant ? `did you mean "${meant}"? If not, ` : '';
};

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\u0000${p.pointer}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
