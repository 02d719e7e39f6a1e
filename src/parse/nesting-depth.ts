import type { CST } from 'yaml';

/** Where the source first nests collections deeper than allowed, and how deep that is. */
export interface TooDeep {
  offset: number;
  depth: number;
}

/**
 * Finds the first collection nested deeper than `maxDepth` in parsed CST tokens.
 * Walks with an explicit stack, so even hostile nesting cannot overflow the call stack.
 */
export function findTooDeep(tokens: readonly CST.Token[], maxDepth: number): TooDeep | undefined {
  const stack: { token: CST.Token; depth: number }[] = [];
  for (const token of tokens) {
    if (token.type === 'document' && token.value) stack.push({ token: token.value, depth: 0 });
  }
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    const inner = depth + 1;
    if (inner > maxDepth) return { offset: token.offset, depth: inner };
    for (const item of token.items) {
      if (item.key) stack.push({ token: item.key, depth: inner });
      if (item.value) stack.push({ token: item.value, depth: inner });
    }
  }
  return undefined;
}
