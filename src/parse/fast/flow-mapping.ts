import { CLOSE_BRACE, COLON, COMMA, HASH, SPACE, TAB } from './char-codes.js';
import { resolvePlain } from './core-schema.js';
import { decline } from './decline.js';
import { FLOW_INDICATORS, flowQuoted, flowScalar, readFlowEntries } from './flow-item.js';
import { canStartPlain, type ReadValue } from './plain-scalar.js';
import type { SourceLines } from './source-lines.js';

// The full parser refuses implicit keys over 1024 characters; stay well clear of the limit.
const MAX_KEY_LENGTH = 1000;

/** Whether `at` holds the `: ` that ends a key. */
function isKeyEnd(text: string, at: number): boolean {
  return text.charCodeAt(at) === COLON && text.charCodeAt(at + 1) === SPACE;
}

/**
 * The key of a flow mapping entry at `at` — plain, or quoted — and the offset after the `: ` that ends
 * it. A key without a value, a `:` inside a plain key or one not followed by a space are left to the full path.
 */
function flowKey(src: SourceLines, line: number, at: number): { key: string; valueAt: number } {
  const { text } = src;
  const end = src.end(line);
  let key: string;
  let i: number;
  if (text[at] === '"' || text[at] === "'") {
    const quoted = flowQuoted(src, line, at);
    key = quoted.value as string;
    i = src.skipSpaces(quoted.end, line);
  } else {
    if (!canStartPlain(text, at, end)) decline();
    let textEnd = at;
    for (i = at; i < end && !isKeyEnd(text, i); i += 1) {
      const ch = text.charCodeAt(i);
      if (ch === TAB || ch === COLON || FLOW_INDICATORS[ch] === 1 || (ch === HASH && text.charCodeAt(i - 1) === SPACE)) decline();
      if (ch !== SPACE) textEnd = i + 1;
    }
    const resolved = resolvePlain(text.slice(at, textEnd));
    // A key that reads as null, a boolean or a number becomes text in plain data: left to the full path.
    if (typeof resolved !== 'string') decline();
    key = resolved;
  }
  if (i - at > MAX_KEY_LENGTH || i >= end || !isKeyEnd(text, i)) decline();
  return { key, valueAt: i + 2 };
}

/** Reads `{a: b, "c": 'd'}` at `at` on `line`: scalar keys and values, on one line, no empty values or trailing comma. */
export function readFlowMapping(src: SourceLines, line: number, at: number): ReadValue {
  const { text } = src;
  const end = src.end(line);
  const map: Record<string, unknown> = {};
  readFlowEntries(src, line, at, CLOSE_BRACE, (start) => {
    const { key, valueAt } = flowKey(src, line, start);
    if (key === '__proto__' || Object.hasOwn(map, key)) decline();
    const from = src.skipSpaces(valueAt, line);
    if (from >= end || text.charCodeAt(from) === COMMA || text.charCodeAt(from) === CLOSE_BRACE) decline();
    const item = flowScalar(src, line, from, CLOSE_BRACE);
    map[key] = item.value;
    return item.end;
  });
  return { value: map, next: line + 1 };
}
