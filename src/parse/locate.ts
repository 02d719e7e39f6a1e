import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import { FILE_START, type Span } from '../model/diagnostic.js';
import type { DocPath } from '../validate/rule.js';
import { nodeSpan, offsetsToSpan } from './spans.js';

/** Where one node of a document is: its value, its key (map entries only) and its first line. */
export interface NodeSpans {
  value: Span;
  key?: Span;
  /** The node narrowed to its first line, so a finding about a whole mapping is not a 50-line underline. */
  head: Span;
}

/** True for a value written as nothing at all (`key:` with no value). */
function isEmptyScalar(node: Node): boolean {
  return isScalar(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}

/** The first line of a node: a one-line node whole, a collection its first entry (or key) when that fits on the line, else its first character. */
function headOf(lineCounter: LineCounter, node: Node): Span {
  const span = nodeSpan(lineCounter, node);
  if (span.endLine === span.line) return span;
  const firstItem = isSeq(node) ? (node.items[0] as Node | null | undefined) : undefined;
  if (firstItem && !isPair(firstItem) && firstItem.range) {
    const item = nodeSpan(lineCounter, firstItem);
    if (item.line === span.line && item.endLine === span.line) return { ...span, endLine: span.line, endColumn: item.endColumn };
  }
  const first = isMap(node) ? node.items[0] : undefined;
  if (first && isScalar(first.key) && first.key.range) {
    const key = nodeSpan(lineCounter, first.key);
    const value = first.value as Node | null;
    if (!value || !value.range || isEmptyScalar(value)) return key;
    const valueSpan = nodeSpan(lineCounter, value);
    if (valueSpan.line !== key.line || valueSpan.endLine !== key.line) return key;
    return { line: key.line, column: key.column, endLine: key.line, endColumn: valueSpan.endColumn };
  }
  return { line: span.line, column: span.column, endLine: span.line, endColumn: span.column + 1 };
}

/** The spans of a node reached through a map entry (`pair`) or a sequence item (no pair). */
export function spansOf(lineCounter: LineCounter, node: Node | null, pair?: Pair): NodeSpans {
  const key = pair && isScalar(pair.key) && pair.key.range ? nodeSpan(lineCounter, pair.key) : undefined;
  if (!node || !node.range || isEmptyScalar(node)) {
    // Nothing written: point at the key, else at the place the value is missing from.
    const at = key ?? (node?.range ? offsetsToSpan(lineCounter, node.range[0], node.range[0]) : FILE_START);
    return { value: at, key, head: at };
  }
  return { value: nodeSpan(lineCounter, node), key, head: headOf(lineCounter, node) };
}

/** The pair of a map whose scalar key equals `segment` (as text, like plain data's object keys). */
function findPair(map: Node, segment: string | number): Pair | undefined {
  if (!isMap(map)) return undefined;
  const wanted = String(segment);
  // With duplicate keys (a yaml error) plain data keeps the last; so does this.
  for (let i = map.items.length - 1; i >= 0; i -= 1) {
    const pair = map.items[i];
    if (isScalar(pair.key) && String(pair.key.value) === wanted) return pair;
  }
  return undefined;
}

/** Steps one path segment into a collection; aliases are not followed, so a path through one stops at it. */
function stepInto(node: Node, segment: string | number): { node: Node | null; pair?: Pair } | undefined {
  if (isSeq(node)) {
    const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
    const item = node.items[index] as Node | Pair | undefined;
    if (item === undefined || isPair(item)) return undefined;
    return { node: item as Node | null };
  }
  const pair = findPair(node, segment);
  return pair ? { node: pair.value as Node | null, pair } : undefined;
}

/**
 * Where the node at `path` is in the source: its value (default) or its key (for a sequence
 * item, its first line). A key with no value is placed on the key. When the path does not
 * exist, the key (or first line) of the nearest ancestor that does, so a missing field is
 * reported on the mapping that lacks it.
 */
export function locatePath(doc: Document, lineCounter: LineCounter, path: DocPath, part: 'key' | 'value' = 'value'): Span {
  const root = doc.contents as Node | null;
  if (!root || !root.range) return FILE_START;
  let spans = (): NodeSpans => spansOf(lineCounter, root);
  let current: Node | null = root;
  for (const segment of path) {
    const next: ReturnType<typeof stepInto> = current ? stepInto(current, segment) : undefined;
    if (!next) {
      const here = spans();
      return here.key ?? here.head;
    }
    const node: Node | null = next.node;
    const pair = next.pair;
    spans = () => spansOf(lineCounter, node, pair);
    current = node;
  }
  const here = spans();
  return part === 'key' ? here.key ?? here.head : here.value;
}
