import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Schemas } from '../load/read-schemas.js';
import { PARTIAL_DATE_FORMAT, isPartialDate } from './partial-date.js';

/** Annotation keywords of our schemas that carry metadata for the exporters, not rules. */
const ANNOTATIONS = ['x-table', 'x-row', 'x-ref-table', 'x-item-name', 'x-message', 'x-enum-descriptions', 'x-groups'];

const countWords = (text: string): number => text.trim().split(/\s+/u).filter(Boolean).length;

/** One ajv instance with every schema compiled once: validation is then a plain function call per record. */
export function createAjv(schemas: Schemas): InstanceType<typeof Ajv2020.default> {
  const ajv = new Ajv2020.default({ allErrors: true, strict: true, verbose: true });
  addFormats.default(ajv);
  ajv.addFormat(PARTIAL_DATE_FORMAT, { type: 'string', validate: isPartialDate });
  ajv.addVocabulary(ANNOTATIONS);
  ajv.addKeyword({
    keyword: 'x-max-words',
    type: 'string',
    schemaType: 'number',
    error: { message: (cxt) => `must have at most ${cxt.schema} words (a short quotation)` },
    validate: (max: number, data: string) => countWords(data) <= max,
  });
  for (const [file, schema] of schemas.all) ajv.addSchema(schema, file);
  return ajv;
}
