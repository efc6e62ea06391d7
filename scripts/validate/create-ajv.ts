import { createRequire } from 'node:module';
import type * as Ajv2020Module from 'ajv/dist/2020.js';
import type * as CodegenModule from 'ajv/dist/compile/codegen/index.js';
import type * as CodeModule from 'ajv/dist/compile/codegen/code.js';
import type * as AddFormatsModule from 'ajv-formats';
import type { Schemas } from '../load/read-schemas.js';
import { PARTIAL_DATE_FORMAT, PARTIAL_DATE_PATTERN, computeBounds, isPartialDate } from './partial-date.js';
import { countWords, makeWordCounter } from './count-words.js';

type Ajv = InstanceType<typeof Ajv2020Module.default.default>;

// ajv's compiler and ajv-formats (about 300 KB of code) are needed only to compile validation code
// anew, which happens once per change of the schemas (the code is kept: compiled-validators.ts): loaded on
// first use, so that a check on kept code never loads them.
const nodeRequire = createRequire(import.meta.url);
const ajvModules = () => ({
  Ajv2020: (nodeRequire('ajv/dist/2020.js') as typeof Ajv2020Module.default).default,
  _: (nodeRequire('ajv/dist/compile/codegen/index.js') as typeof CodegenModule)._,
  _Code: (nodeRequire('ajv/dist/compile/codegen/code.js') as typeof CodeModule)._Code,
  addFormats: (nodeRequire('ajv-formats') as typeof AddFormatsModule.default).default,
});

/** Annotation keywords of our schemas that carry metadata for the exporters, not rules. */
const ANNOTATIONS = ['x-table', 'x-row', 'x-ref-table', 'x-item-name', 'x-message', 'x-fix', 'x-enum-descriptions', 'x-groups'];

const PARTIAL_DATE = { type: 'string' as const, validate: isPartialDate };

/**
 * The formats, as code: ajv-formats' own, and the partial date with the source of computeBounds and
 * its grammar. The validation code then names nothing of this project's modules, so that it can be
 * kept as text and run in any process or thread (scripts/engine/).
 */
function formatsCode({ _, _Code }: ReturnType<typeof ajvModules>) {
  return _`Object.assign({}, require("ajv-formats/dist/formats").fullFormats, { ${PARTIAL_DATE_FORMAT}: { type: "string", validate: ((grammar, bounds) => (value) => bounds(value, grammar) !== undefined)(new RegExp(${PARTIAL_DATE_PATTERN}), ${new _Code(computeBounds.toString())}) } })`;
}

/**
 * One ajv instance with every schema added: ajv.getSchema(file) compiles a table's validator, a
 * plain function call per record. The custom keyword generates code that carries the source of what
 * it calls (a keyword with a validate function could not be kept as text).
 */
export function createAjv(schemas: Schemas): Ajv {
  const modules = ajvModules();
  const ajv = new modules.Ajv2020({ allErrors: true, strict: true, verbose: true, code: { source: true, formats: formatsCode(modules) } });
  configureAjv(ajv);
  for (const [file, schema] of schemas.all) ajv.addSchema(schema, file);
  return ajv;
}

/** The formats, annotations and keywords our schemas use, added to an ajv instance (the benchmark gives them to ajv-cli too). */
export function configureAjv(ajv: Ajv): void {
  const { _, _Code, addFormats } = ajvModules();
  addFormats(ajv);
  ajv.addFormat(PARTIAL_DATE_FORMAT, PARTIAL_DATE);
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
