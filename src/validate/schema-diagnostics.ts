import { compareDiagnostics, type Diagnostic, type Span } from '../model/diagnostic.js';
import { closestName } from './closest-name.js';
import type { DocPath } from './rule.js';
import { pointerToPath, resolveRef, schemaAt, type SchemaNode } from './schema-at-path.js';
import { valueProblem } from './schema-value-problem.js';
import type { SchemaIssue } from './schema.js';
import { displayPath, exampleLine, gloss } from './schema-messages.js';

/** What turning schema issues into diagnostics needs: the data, its schema, and where its nodes are. */
export interface SchemaDiagnosticsInput {
  file: string;
  value: unknown;
  schema: SchemaNode;
  issues: readonly SchemaIssue[];
  /** Where a node is: its value, its key, or its first line (`'head'`), as `locateIn` answers. */
  locate(path: DocPath, part?: 'key' | 'value' | 'head'): Span;
}

/** One problem before it is placed: the node it concerns, which part of it to underline, and what to say. */
export type Finding = { path: DocPath; part: 'key' | 'value' | 'head'; rule: string; message: string };

function missingField(input: SchemaDiagnosticsInput, path: DocPath, field: string): Finding {
  const prop = schemaAt(input.schema, [...path, field]);
  const example = exampleLine(input.schema, field, prop);
  const message = `${displayPath(path)} is missing required field "${field}"${gloss(prop)}.${example ? ` Example: ${example}` : ''}`;
  return { path, part: 'key', rule: 'schema/required', message };
}

function unknownField(input: SchemaDiagnosticsInput, path: DocPath, field: string): Finding {
  const parent = schemaAt(input.schema, path);
  const allowed = Object.keys((parent && resolveRef(input.schema, parent).properties) ?? {});
  const where = path.length === 0 ? 'at the top level of the file' : `in ${displayPath(path)}`;
  const guess = closestName(field, allowed);
  const hint = guess ? `; did you mean "${guess}"? Allowed` : '; allowed';
  const message = `unknown field "${field}" ${where}${hint}: ${allowed.join(', ')}`;
  return { path: [...path, field], part: 'key', rule: 'schema/unknown-field', message };
}

/**
 * Turns Ajv's issues into located diagnostics a researcher can act on: a missing field on the
 * mapping that lacks it, an unknown field on its key (with a did-you-mean), and one message per
 * wrong value, however many alternatives of the schema it failed.
 */
export function schemaDiagnostics(input: SchemaDiagnosticsInput): Diagnostic[] {
  const findings = new Map<string, Finding>();
  const byNode = new Map<string, { path: DocPath; issues: SchemaIssue[] }>();
  for (const issue of input.issues) {
    const path = pointerToPath(issue.instancePath, input.value);
    if (issue.keyword === 'required') {
      const field = String(issue.params.missingProperty);
      findings.set(`required ${issue.instancePath} ${field}`, missingField(input, path, field));
    } else if (issue.keyword === 'additionalProperties') {
      const field = String(issue.params.additionalProperty);
      findings.set(`unknown ${issue.instancePath} ${field}`, unknownField(input, path, field));
    } else {
      const node = byNode.get(issue.instancePath) ?? { path, issues: [] };
      node.issues.push(issue);
      byNode.set(issue.instancePath, node);
    }
  }
  for (const [pointer, node] of byNode) findings.set(`value ${pointer}`, valueProblem(input.schema, input.value, node.path, node.issues));
  const diagnostics: Diagnostic[] = [...findings.values()].map(({ path, part, rule, message }) => ({
    file: input.file,
    ...input.locate(path, part),
    severity: 'error',
    rule,
    message,
  }));
  return diagnostics.sort(compareDiagnostics);
}
