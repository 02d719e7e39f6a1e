import { compiledValidatorUrl, readSchema, SCHEMAS, VALIDATOR_EXPORT, type SchemaFile } from '../schema/schema-files.js';
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

async function loadValidator(entry: SchemaFile): Promise<CompiledValidator> {
  const compiled = compiledValidatorUrl(entry);
  if (compiled) {
    const module = (await import(compiled.href)) as Record<string, CompiledValidator>;
    return module[VALIDATOR_EXPORT];
  }
  // Running from the sources (tests): compile now; slower to start, same result.
  return createAjv().compile(readSchema(entry)) as CompiledValidator;
}

const claimFileValidator = await loadValidator(SCHEMAS.claimFile);
const configValidator = await loadValidator(SCHEMAS.config);

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
  return issuesOf(claimFileValidator, value);
}

/** Checks plain data against the `claimcheck.yaml` schema. */
export function validateConfig(value: unknown): SchemaIssue[] {
  return issuesOf(configValidator, value);
}
