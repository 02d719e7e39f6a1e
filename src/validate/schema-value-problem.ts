import type { DocPath } from './rule.js';
import { resolveRef, schemaAt, valueAt, type SchemaNode } from './schema-at-path.js';
import type { Finding } from './schema-diagnostics.js';
import { andList, describeFound, displayPath, exampleLine, itemNoun, namedExpectation, percentEncoded, typePhrase } from './schema-messages.js';
import type { SchemaIssue } from './schema.js';

// When one node breaks several keywords, the first of these explains it best.
const PRIORITY = ['anyOf', 'oneOf', 'type', 'pattern', 'format', 'enum', 'const'];

const RULES: Record<string, string> = {
  type: 'schema/type',
  pattern: 'schema/format',
  format: 'schema/format',
  enum: 'schema/enum',
  const: 'schema/enum',
  minItems: 'schema/size',
  maxItems: 'schema/size',
  minLength: 'schema/size',
  maxLength: 'schema/size',
  minimum: 'schema/range',
  maximum: 'schema/range',
};

/** The one message for a node's value problems, from its most telling issue. */
export function valueProblem(schema: SchemaNode, data: unknown, path: DocPath, issues: readonly SchemaIssue[]): Finding {
  const rank = (issue: SchemaIssue) => {
    const index = PRIORITY.indexOf(issue.keyword);
    return index === -1 ? PRIORITY.length : index;
  };
  const issue = [...issues].sort((a, b) => rank(a) - rank(b))[0];
  const where = displayPath(path);
  const prop = schemaAt(schema, path) ?? {};
  const def = resolveRef(schema, prop);
  const value = valueAt(data, path);
  const found = describeFound(value);
  const key = path[path.length - 1] ?? '';
  // A wrong list or mapping is underlined on its first line, not over its whole length.
  const part = value !== null && typeof value === 'object' ? 'head' : 'value';
  const finding = (rule: string, message: string): Finding => ({ path, part, rule, message });
  switch (issue.keyword) {
    case 'anyOf':
    case 'oneOf': {
      // Wrong in every alternative: a type problem only if no alternative even had the right type.
      const typeOnly = issues.every((i) => i === issue || i.keyword === 'type');
      return finding(typeOnly ? 'schema/type' : 'schema/format', `${where} must be ${namedExpectation(schema, prop)}; found ${found}`);
    }
    case 'type': {
      if (path.length === 0 && value === null) {
        return finding('schema/type', 'the file has no content, only comments or blank lines; a claim file is a mapping with at least source: and claims:. Run claimcheck new FILE for a template');
      }
      const required = def.type === 'object' && def.required ? def.required.map((field) => `${field}:`) : [];
      const expected = required.length > 0 ? `a mapping with ${andList(required)}` : typePhrase(def.type);
      const example = path.length === 0 ? undefined : exampleLine(schema, key, prop);
      return finding('schema/type', `${where} must be ${expected}; found ${found}.${example ? ` Example: ${example}` : ''}`);
    }
    case 'pattern':
    case 'format': {
      const format = issue.keyword === 'format' ? String(issue.params.format) : undefined;
      const description = format ? '' : def.description ? ` ${def.description}` : '';
      const encoded = format === 'uri' && typeof value === 'string' ? percentEncoded(value) : undefined;
      const hint = encoded ? ` Addresses are written in ASCII, with other characters percent-encoded: ${encoded}` : '';
      return finding('schema/format', `${where} must be ${namedExpectation(schema, prop, format)}; found ${found}.${description}${hint}`);
    }
    case 'minItems':
    case 'maxItems': {
      const bound = issue.keyword === 'minItems' ? 'at least' : 'at most';
      const count = Array.isArray(value) ? value.length : 0;
      const limit = Number(issue.params.limit);
      const noun = itemNoun(schema, def, limit);
      return finding('schema/size', `${where} must list ${bound} ${limit} ${noun}; found ${count === 0 ? 'an empty list' : `${count}`}`);
    }
    case 'minLength':
      return finding('schema/size', `${where} must not be empty`);
    case 'minimum':
    case 'maximum': {
      const bound = issue.keyword === 'minimum' ? 'at least' : 'at most';
      return finding('schema/range', `${where} must be ${bound} ${String(issue.params.limit)}; found ${found}`);
    }
    case 'enum': {
      const allowed = (issue.params.allowedValues as unknown[] | undefined)?.map((v) => JSON.stringify(v)) ?? [];
      return finding('schema/enum', `${where} must be one of ${allowed.join(', ')}; found ${found}`);
    }
    default:
      // Keywords the schemas do not use today: reported as a problem of form.
      return finding(RULES[issue.keyword] ?? 'schema/format', `${where} ${issue.message ?? 'is not valid'}; found ${found}`);
  }
}

