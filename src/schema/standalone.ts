import { createRequire } from 'node:module';
import { createAjv } from '../validate/ajv-setup.js';
import { readSchema, VALIDATOR_EXPORT, type SchemaFile } from './schema-files.js';

const require = createRequire(import.meta.url);

// Ajv's generated code loads its runtime helpers and formats with require(); give the ES module one.
const PRELUDE = 'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n';

/** The source of an ES module that exports the schema's validator as `validate`, compiled ahead of time. */
export function standaloneValidatorSource(entry: SchemaFile): string {
  const standalone = require('ajv/dist/standalone') as typeof import('ajv/dist/standalone/index.js');
  const standaloneCode = standalone.default;
  const ajv = createAjv({ code: { source: true, esm: true } });
  const schema = readSchema(entry);
  ajv.addSchema(schema);
  return PRELUDE + standaloneCode(ajv, { [VALIDATOR_EXPORT]: String(schema.$id) });
}
