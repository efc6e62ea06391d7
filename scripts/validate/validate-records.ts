import type { ErrorObject } from 'ajv';
import type { Schemas } from '../load/read-schemas.js';
import { pointerSegment, type Problem } from '../problem.js';
import type { CheckedRecord, LoadedRecord } from '../types/records.js';
import { compiledValidators } from '../engine/compiled-validators.js';

/**
 * Validates every record against its table's schema and reports every error, not just the first.
 * The records that pass come back typed: from here on, code reads their generated types. Records
 * the engine already validated with the same code (knownValid) are not validated twice.
 */
export function validateRecords(
  schemas: Schemas,
  records: LoadedRecord[],
  knownValid?: ReadonlySet<LoadedRecord>,
): { valid: CheckedRecord[]; problems: Problem[] } {
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
    else for (const error of validate.errors ?? []) problems.push(toProblem(record.file, error));
  }
  return { valid, problems: dedupe(problems) };
}

function toProblem(file: string, e: ErrorObject): Problem {
  const params = e.params as Record<string, any>;
  switch (e.keyword) {
    case 'additionalProperties':
      return {
        file,
        pointer: `${e.instancePath}/${pointerSegment(params.additionalProperty)}`,
        message: `is not an allowed property (unknown key "${params.additionalProperty}")`,
        fix: "check the spelling against the table's properties in CODEBOOK.md, or remove it",
      };
    case 'required':
      return {
        file,
        pointer: e.instancePath,
        message: `must have required property "${params.missingProperty}"`,
        fix: `add "${params.missingProperty}" (CODEBOOK.md says what it holds)`,
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

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}\u0000${p.pointer}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
