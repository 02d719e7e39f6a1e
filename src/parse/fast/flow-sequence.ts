import { CLOSE_BRACKET } from './char-codes.js';
import { flowScalar, readFlowEntries } from './flow-item.js';
import type { ReadValue } from './plain-scalar.js';
import type { SourceLines } from './source-lines.js';

/** Reads `[a, "b", 'c']` at `at` on `line`: scalars only, on one line, no empty or trailing items. */
export function readFlowSequence(src: SourceLines, line: number, at: number): ReadValue {
  const items: unknown[] = [];
  readFlowEntries(src, line, at, CLOSE_BRACKET, (start) => {
    const item = flowScalar(src, line, start, CLOSE_BRACKET);
    items.push(item.value);
    return item.end;
  });
  return { value: items, next: line + 1 };
}
