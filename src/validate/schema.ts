import { compiledValidator } from '../schema/compiled-validator.js';
import { readSchema, SCHEMAS, type SchemaFile } from '../schema/schema-files.js';
import { createAjv } from './ajv-setup.js';

/** One JSON Schema violation, as Ajv reports it (only the fields claimcheck reads). */
export interface SchemaIssue {
  /** JSON Pointer to the offending value: `/claims/2/about`. */
  instancePath: string;
  /** Where in the schema the failing keyword is: `#/properties/claims/items/required`. */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A compiled validator in Ajv's calling convention. */
interface CompiledValidator {
  (data: unknown): boolean;
  errors?: SchemaIssue[] | null;
}

function loadValidator(entry: SchemaFile): CompiledValidator {
  const compiled = compiledValidator(entry) as CompiledValidator | undefined;
  if (compiled) return compiled;
  // Running from the sources (tests): compile now; slower to start, same result.
  return createAjv().compile(readSchema(entry)) as CompiledValidator;
}

// Loaded on first use: a command that validates nothing does not pay for it.
let claimFileValidator: CompiledValidator | undefined;
let configValidator: CompiledValidator | undefined;

function issuesOf(validator: CompiledValidator, value: unknown): SchemaIssue[] {
  if (validator(value)) return [];
  return (validator.errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({
    instancePath,
    schemaPath,
    keyword,
    params,
    message,
  }));
}

/** Checks plain data against the claim file schema; every violation, in Ajv's order. */
export function validateClaimFile(value: unknown): SchemaIssue[] {
  claimFileValidator ??= loadValidator(SCHEMAS.claimFile);
  return issuesOf(claimFileValidator, value);
}

/** Checks plain data against the `claimcheck.yaml` schema. */
export function validateConfig(value: unknown): SchemaIssue[] {
  configValidator ??= loadValidator(SCHEMAS.config);
  return issuesOf(configValidator, value);
}
