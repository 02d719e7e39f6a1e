import type { DocPath } from './rule.js';

/** A JSON Schema object (only the keywords claimcheck reads are named). */
export interface SchemaNode {
  $ref?: string;
  title?: string;
  description?: string;
  examples?: unknown[];
  type?: string | string[];
  format?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  required?: string[];
  [keyword: string]: unknown;
}

/** Decodes a JSON Pointer (`/claims/0/id`) into path segments; indexes into arrays of `value` become numbers. */
export function pointerToPath(pointer: string, value: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let current = value;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(current) && /^\d+$/.test(segment) ? Number(segment) : segment;
    path.push(step);
    current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[String(step)] : undefined;
  }
  return path;
}

/** The value at a path of plain data, or `undefined`. */
export function valueAt(value: unknown, path: DocPath): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[String(segment)];
  }
  return current;
}

/** Follows a local `$ref` (`#/definitions/date`) to the schema it names. */
export function resolveRef(root: SchemaNode, node: SchemaNode): SchemaNode {
  if (!node.$ref?.startsWith('#/')) return node;
  let target: unknown = root;
  for (const key of node.$ref.slice(2).split('/')) target = (target as Record<string, unknown> | undefined)?.[key];
  return (target as SchemaNode | undefined) ?? node;
}

/** The schema that describes the value at `path` as written (its `$ref` not followed), or `undefined`. */
export function schemaAt(root: SchemaNode, path: DocPath): SchemaNode | undefined {
  let current: SchemaNode | undefined = root;
  for (const segment of path) {
    if (!current) return undefined;
    const node: SchemaNode = resolveRef(root, current);
    if (typeof segment === 'number') current = node.items;
    else current = node.properties?.[segment] ?? (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined);
  }
  return current;
}
