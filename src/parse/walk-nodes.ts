import { isAlias, isMap, isPair, isSeq, type Alias, type Document, type YAMLMap } from 'yaml';

/** What a walk over a document calls back for. */
export interface NodeVisitor {
  map?(map: YAMLMap): void;
  alias?(alias: Alias): void;
}

/**
 * Calls back for every mapping and alias of a document, parents before children, in source order (as
 * yaml's `visit` does, without the path it builds for every node: several times cheaper on a large
 * corpus). Aliases are not followed; an explicit stack keeps deep nesting off the call stack.
 */
export function walkNodes(doc: Document, visitor: NodeVisitor): void {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      visitor.map?.(node);
      for (let i = node.items.length - 1; i >= 0; i -= 1) stack.push(node.items[i]);
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i -= 1) stack.push(node.items[i]);
    } else if (isPair(node)) {
      stack.push(node.value, node.key);
    } else if (isAlias(node)) {
      visitor.alias?.(node);
    }
  }
}
