import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { VALIDATOR_EXPORT, type SchemaFile } from './schema-files.js';

const require = createRequire(import.meta.url);

/**
 * The validator `npm run build` precompiled for a schema (a CommonJS module beside this one in dist/schema/),
 * or undefined when running from the sources. The CLI bundle has this module replaced by one that holds the
 * validators (scripts/bundle.js), so that they load, precompiled, with the rest of the bundle.
 */
export function compiledValidator(entry: SchemaFile): unknown {
  // A CommonJS module, so that it loads synchronously on first use.
  const path = fileURLToPath(new URL(entry.compiled, import.meta.url));
  return existsSync(path) ? (require(path) as Record<string, unknown>)[VALIDATOR_EXPORT] : undefined;
}
