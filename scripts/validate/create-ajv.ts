import Ajv2020 from 'ajv/dist/2020.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { Schemas } from '../load/read-schemas.js';
import { PARTIAL_DATE_FORMAT, isPartialDate } from './partial-date.js';
import { countWords } from './count-words.js';

/** Annotation keywords of our schemas that carry metadata for the exporters, not rules. */
const ANNOTATIONS = ['x-table', 'x-row', 'x-ref-table', 'x-item-name', 'x-message', 'x-enum-descriptions', 'x-groups'];

const FORMATS = { ...fullFormats, [PARTIAL_DATE_FORMAT]: { type: 'string' as const, validate: isPartialDate } };

/**
 * What the compiled validation code calls at run time, by the name it requires it by: the formats and
 * the word count. Compiled code names functions instead of holding them, so that it can be kept as
 * text (scripts/engine/ caches it) and run again in another process.
 */
export const VALIDATION_RUNTIME: Record<string, unknown> = {
  'dataset:formats': FORMATS,
  'dataset:words': { countWords },
};

/**
 * One ajv instance with every schema added: ajv.getSchema(file) compiles a table's validator, a
 * plain function call per record. Custom keywords generate code that requires what it calls from
 * VALIDATION_RUNTIME (a keyword with a validate function could not be kept as text).
 */
export function createAjv(schemas: Schemas): InstanceType<typeof Ajv2020.default> {
  const ajv = new Ajv2020.default({ allErrors: true, strict: true, verbose: true, code: { source: true, formats: _`require("dataset:formats")` } });
  configureAjv(ajv);
  for (const [file, schema] of schemas.all) ajv.addSchema(schema, file);
  return ajv;
}

/** The formats, annotations and keywords our schemas use, added to an ajv instance (the benchmark gives them to ajv-cli too). */
export function configureAjv(ajv: InstanceType<typeof Ajv2020.default>): void {
  addFormats.default(ajv);
  ajv.addFormat(PARTIAL_DATE_FORMAT, FORMATS[PARTIAL_DATE_FORMAT]);
  ajv.addVocabulary(ANNOTATIONS);
  ajv.addKeyword({
    keyword: 'x-max-words',
    type: 'string',
    schemaType: 'number',
    error: { message: (cxt) => _`${`must have at most ${cxt.schema} words (a short quotation)`}` },
    code(cxt) {
      const words = cxt.gen.scopeValue('func', { ref: countWords, code: _`require("dataset:words").countWords` });
      cxt.fail(_`${words}(${cxt.data}) > ${cxt.schema}`);
    },
  });
}
