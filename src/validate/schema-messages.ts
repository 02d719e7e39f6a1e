import { Document } from 'yaml';
import type { DocPath } from './rule.js';
import { resolveRef, type SchemaNode } from './schema-at-path.js';

const MAX_FOUND = 60;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'nothing',
};

const FORMAT_NAMES: Record<string, string> = {
  uri: 'a full address (URL)',
};

/** `claims[2].about`; the root is "the file". */
export function displayPath(path: DocPath): string {
  if (path.length === 0) return 'the file';
  return path.map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join('');
}

/** What a value is, for "found …": the text itself (quoted, shortened), a number, or the kind of thing. */
export function describeFound(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (the value is empty)';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > MAX_FOUND ? `${value.slice(0, MAX_FOUND)}…` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  return 'a mapping';
}

function joinList(items: readonly string[], last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** Joins words as prose: `a, b or c`. */
export function orList(items: readonly string[]): string {
  return joinList(items, 'or');
}

/** Joins words as prose: `a, b and c`. */
export function andList(items: readonly string[]): string {
  return joinList(items, 'and');
}

/** "text", "a number", "text, a number or true/false" for a schema's `type`. */
export function typePhrase(type: string | string[] | undefined): string {
  const types = type === undefined ? [] : Array.isArray(type) ? type : [type];
  if (types.length === 0) return 'a value';
  return orList(types.map((t) => (types.length > 1 && t === 'boolean' ? 'true/false' : TYPE_NAMES[t] ?? t)));
}

/** A value written as YAML on one line, as it would follow `key: `. */
export function yamlInline(value: unknown): string {
  return new Document(value).toString({ collectionStyle: 'flow', lineWidth: 0 }).trim();
}

/** The examples for a property: its own, else those of the definition it refers to. */
function examplesOf(root: SchemaNode, prop: SchemaNode): unknown[] {
  return prop.examples ?? resolveRef(root, prop).examples ?? [];
}

/** What a value of this property must be, named by its definition with examples: `a date like 2020-02-13, 2020-02 or 2020`. */
export function namedExpectation(root: SchemaNode, prop: SchemaNode, format?: string): string {
  const def = resolveRef(root, prop);
  const name = format ? FORMAT_NAMES[format] ?? `text in the ${format} format` : def.title ?? typePhrase(def.type);
  // Plain text reads best in prose: 2020, not the YAML-quoted "2020".
  const examples = examplesOf(root, prop).map((example) => (typeof example === 'string' ? example : yamlInline(example)));
  return examples.length > 0 ? `${name} like ${orList(examples)}` : name;
}

/** `about: identity of the man killed`, from the property's first example; `undefined` without one. */
export function exampleLine(root: SchemaNode, key: string | number, prop: SchemaNode | undefined): string | undefined {
  if (!prop) return undefined;
  const [example] = examplesOf(root, prop);
  if (example === undefined) return undefined;
  return typeof key === 'number' ? `- ${yamlInline(example)}` : `${key}: ${yamlInline(example)}`;
}

/** A property's title as a gloss inside a sentence: "(the question the claim answers)". */
export function gloss(prop: SchemaNode | undefined): string {
  const title = prop?.title;
  if (!title) return '';
  return ` (${title.charAt(0).toLowerCase()}${title.slice(1)})`;
}

/** The noun for `count` items of a list schema, without an article: "1 claim", "2 answers". */
export function itemNoun(root: SchemaNode, list: SchemaNode | undefined, count: number): string {
  const items = list?.items ? resolveRef(root, list.items) : undefined;
  const noun = items?.title?.replace(/^(an?|the) /i, '').toLowerCase() ?? 'entry';
  if (count === 1) return noun;
  return noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/**
 * An address with its spaces and non-ASCII characters percent-encoded, as a URL must be written
 * (browsers often show and copy the decoded form); `undefined` when there is nothing to encode.
 */
export function percentEncoded(address: string): string | undefined {
  let encoded: string;
  try {
    encoded = address.trim().replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch));
  } catch {
    // A lone surrogate (possible through a YAML \u escape) cannot be encoded: no suggestion then.
    return undefined;
  }
  return encoded === address ? undefined : encoded;
}
