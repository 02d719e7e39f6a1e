import type { LineCounter, Node } from 'yaml';
import type { Span } from '../model/diagnostic.js';

/** Converts a [start, end) offset pair to a 1-based span; an empty range becomes one column wide. */
export function offsetsToSpan(lineCounter: LineCounter, start: number, end: number): Span {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  if (to.line === from.line && to.col <= from.col) return { line: from.line, column: from.col, endLine: from.line, endColumn: from.col + 1 };
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** The span a YAML node covers (its value range, without trailing comments or the final line break of a block). */
export function nodeSpan(lineCounter: LineCounter, node: Node): Span {
  const [start, valueEnd] = node.range ?? [0, 0];
  // A block collection's range runs to the start of the next line; end it on its own last line instead.
  const end = valueEnd > start && lineCounter.linePos(valueEnd).col === 1 ? valueEnd - 1 : valueEnd;
  return offsetsToSpan(lineCounter, start, end);
}
