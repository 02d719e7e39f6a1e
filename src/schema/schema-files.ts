import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One JSON Schema of the package and the file name of its precompiled validator. */
export interface SchemaFile {
  schema: string;
  compiled: string;
}

/** The schemas claimcheck validates against (the validators are written by scripts/compile-schema.js). */
export const SCHEMAS = {
  claimFile: { schema: 'claim-file.schema.json', compiled: 'validate-claim-file.cjs' },
  config: { schema: 'config.schema.json', compiled: 'validate-config.cjs' },
} as const satisfies Record<string, SchemaFile>;

/** The export name of every precompiled validator module. */
export const VALIDATOR_EXPORT = 'validate';

// From src/schema/ and from dist/schema/ alike, the package's src/schema/ is two levels up.
const SCHEMA_DIR = new URL('../../src/schema/', import.meta.url);

/** Reads one of the package's JSON Schemas. */
export function readSchema(entry: SchemaFile): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(entry.schema, SCHEMA_DIR), 'utf8')) as Record<string, unknown>;
}

/** The absolute path of the schema file, e.g. for an editor's `$schema` hint. */
export function schemaPath(entry: SchemaFile): string {
  return fileURLToPath(new URL(entry.schema, SCHEMA_DIR));
}
