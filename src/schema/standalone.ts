import { createRequire } from 'node:module';
import { createAjv } from '../validate/ajv-setup.js';
import { readSchema, VALIDATOR_EXPORT, type SchemaFile } from './schema-files.js';

const require = createRequire(import.meta.url);

/**
 * The source of a CommonJS module that exports the schema's validator as `validate`, compiled ahead of time.
 * CommonJS, so that it loads synchronously on first use and requires Ajv's runtime helpers itself.
 */
export function standaloneValidatorSource(entry: SchemaFile): string {
  const standalone = require('ajv/dist/standalone') as typeof import('ajv/dist/standalone/index.js');
  const standaloneCode = standalone.default;
  const ajv = createAjv({ code: { source: true } });
  const schema = readSchema(entry);
  ajv.addSchema(schema);
  return standaloneCode(ajv, { [VALIDATOR_EXPORT]: String(schema.$id) });
}
