import Ajv2020 from 'ajv/dist/2020.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { _Code } from 'ajv/dist/compile/codegen/code.js';
import addFormats from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { Schemas } from '../load/read-schemas.js';
import { PARTIAL_DATE_FORMAT, PARTIAL_DATE_PATTERN, computeBounds, isPartialDate } from './partial-date.js';
import { countWords, makeWordCounter } from './count-words.js';

/** Annotation keywords of our schemas that carry metadata for the exporters, not rules. */
const ANNOTATIONS = ['x-table', 'x-row', 'x-ref-table', 'x-item-name', 'x-message', 'x-enum-descriptions', 'x-groups'];

const FORMATS = { ...fullFormats, [PARTIAL_DATE_FORMAT]: { type: 'string' as const, validate: isPartialDate } };

/**
 * The formats, as code: ajv-formats' own, and the partial date with the source of computeBounds and
 * its grammar. The validation code then names nothing of this project's modules, so that it can be
 * kept as text and run in any process or thread (scripts/engine/).
 */
const FORMATS_CODE = _`Object.assign({}, require("ajv-formats/dist/formats").fullFormats, { ${PARTIAL_DATE_FORMAT}: { type: "string", validate: ((grammar, bounds) => (value) => bounds(value, grammar) !== undefined)(new RegExp(${PARTIAL_DATE_PATTERN}), ${new _Code(computeBounds.toString())}) } })`;

/**
 * One ajv instance with every schema added: ajv.getSchema(file) compiles a table's validator, a
 * plain function call per record. The custom keyword generates code that carries the source of what
 * it calls (a keyword with a validate function could not be kept as text).
 */
export function createAjv(schemas: Schemas): InstanceType<typeof Ajv2020.default> {
  const ajv = new Ajv2020.default({ allErrors: true, strict: true, verbose: true, code: { source: true, formats: FORMATS_CODE } });
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
      const words = cxt.gen.scopeValue('func', { ref: countWords, code: new _Code(`(${makeWordCounter.toString()})()`) });
      cxt.fail(_`${words}(${cxt.data}) > ${cxt.schema}`);
    },
  });
}
