import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { Span } from '../model/diagnostic.js';
import type { DocPath } from '../validate/rule.js';
import { nodeSpan } from './parse-yaml.js';

/** The pair of a map whose key equals `key`, if any. */
function findPair(map: Node, key: string | number): Pair | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((pair) => {
    const k = pair.key;
    return isScalar(k) ? String(k.value) === String(key) : k === key;
  });
}

/** Steps one path segment into a collection node. */
function child(node: Node, segment: string | number): { pair?: Pair; node?: Node } {
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return { node: item as Node | undefined };
  }
  const pair = findPair(node, segment);
  if (!pair) return {};
  return { pair, node: (pair.value ?? undefined) as Node | undefined };
}

/**
 * Where the node at `path` is in the source: its value (default) or its key.
 * When the path does not exist, the span of the nearest ancestor that does, so a
 * missing field is reported on the mapping that lacks it.
 */
export function locatePath(doc: Document, lineCounter: LineCounter, path: DocPath, part: 'key' | 'value' = 'value'): Span {
  const root = doc.contents as Node | null;
  if (!root) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  let current: Node = root;
  let lastPair: Pair | undefined;
  for (const segment of path) {
    const next = child(current, segment);
    if (!next.node && !next.pair) return headSpan(lineCounter, current, lastPair);
    lastPair = next.pair;
    if (!next.node) {
      // A key with an empty value: point at the key.
      return nodeSpan(lineCounter, next.pair!.key as Node);
    }
    current = next.node;
  }
  if (part === 'key' && lastPair && isScalar(lastPair.key)) return nodeSpan(lineCounter, lastPair.key);
  return nodeSpan(lineCounter, current);
}

/** A collection's span narrowed to its first line (its key when it has one), so a missing field is not a 50-line underline. */
function headSpan(lineCounter: LineCounter, node: Node, pair: Pair | undefined): Span {
  if (pair && isScalar(pair.key)) return nodeSpan(lineCounter, pair.key);
  const span = nodeSpan(lineCounter, node);
  if (span.endLine === span.line) return span;
  return { line: span.line, column: span.column, endLine: span.line, endColumn: span.column + 1 };
}

