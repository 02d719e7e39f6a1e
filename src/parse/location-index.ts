import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import { FILE_START, type Span } from '../model/diagnostic.js';
import type { DocPath } from '../validate/rule.js';
import { spansOf, type NodeSpans } from './locate.js';

/**
 * Every node's spans, keyed by JSON Pointer (`/claims/2/about`): plain, serialisable data that
 * answers the same questions as `locatePath` once the document itself is gone (e.g. across threads).
 */
export type LocationIndex = Record<string, NodeSpans>;

/** The JSON Pointer of a document path. */
export function toPointer(path: DocPath): string {
  return path.map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Records the spans of every node reachable from the root without following aliases. */
export function buildLocationIndex(doc: Document, lineCounter: LineCounter): LocationIndex {
  const index: LocationIndex = {};
  const root = doc.contents as Node | null;
  if (!root || !root.range) return index;
  // Depth is bounded by the parser's nesting limit, so recursion is safe here.
  const visit = (node: Node | null, pointer: string, pair?: Pair): void => {
    index[pointer] = spansOf(lineCounter, node, pair);
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isScalar(item.key)) continue;
        const key = String(item.key.value).replace(/~/g, '~0').replace(/\//g, '~1');
        visit(item.value as Node | null, `${pointer}/${key}`, item);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (!isPair(item)) visit(item as Node | null, `${pointer}/${i}`);
      });
    }
  };
  visit(root, '');
  return index;
}

/**
 * `locatePath`'s answer from an index: the node at `path` (its value, key, or first line with
 * `'head'`), else the key or first line of its nearest existing ancestor.
 */
export function locateIn(index: LocationIndex, path: DocPath, part: 'key' | 'value' | 'head' = 'value'): Span {
  const exact = index[toPointer(path)];
  if (exact) return part === 'key' ? exact.key ?? exact.head : exact[part];
  for (let length = path.length - 1; length >= 0; length -= 1) {
    const ancestor = index[toPointer(path.slice(0, length))];
    if (ancestor) return ancestor.key ?? ancestor.head;
  }
  return FILE_START;
}

/** A `locate` function answering from an index (what rules and schema diagnostics are given). */
export function locator(index: LocationIndex): (path: DocPath, part?: 'key' | 'value' | 'head') => Span {
  return (path, part) => locateIn(index, path, part);
}
