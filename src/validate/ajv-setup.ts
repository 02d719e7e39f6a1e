import { createRequire } from 'node:module';
import type { Ajv as AjvInstance, Options } from 'ajv';

const require = createRequire(import.meta.url);

/** Options shared by the runtime compiler and the build-time precompiler, so both validate alike. */
export const AJV_OPTIONS: Options = {
  // Every problem of a file at once, not just the first.
  allErrors: true,
  // `says` is string | number | boolean.
  allowUnionTypes: true,
  strict: true,
};

/** A configured Ajv instance (formats included); `extra` adds options such as standalone code generation. */
export function createAjv(extra: Options = {}): AjvInstance {
  // Loaded through require: both packages are CommonJS, and this keeps their default-export typing simple.
  const Ajv = require('ajv') as typeof import('ajv').default;
  const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;
  const ajv = new Ajv({ ...AJV_OPTIONS, ...extra });
  addFormats(ajv);
  return ajv;
}
