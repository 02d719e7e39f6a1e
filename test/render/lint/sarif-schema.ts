import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';

// Both packages are CommonJS; under NodeNext their default export is the module, with the API on `.default`.
const Ajv = AjvDraft04.default;
const addFormats = ajvFormats.default;

// The official OASIS SARIF 2.1.0 schema (JSON Schema draft-04), copied beside its licence.
const schema = JSON.parse(readFileSync(new URL('../../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema errors of a SARIF log, as `path message` lines; empty when it is valid. */
export function schemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`);
}
