import { CLOSE_BRACKET, COLON, COMMA, HASH, SPACE } from './char-codes.js';
import { resolvePlain } from './core-schema.js';
import { decline } from './decline.js';
import { canStartPlain, type ReadValue } from './plain-scalar.js';
import { readQuoted } from './quoted-scalar.js';
import type { SourceLines } from './source-lines.js';

// Inside `[...]` a plain item ends at `,` or `]`; these would make it something the fast reader leaves alone.
const NOT_IN_FLOW_PLAIN = new Set('[{}\t');
const FLOW_INDICATORS = new Set(',[]{}');

/**
 * A plain item of a flow sequence from `at`: its value and the offset after its text. A `:` inside
 * must be followed by text and a `#` must follow text (`a:b`, `a#b`); otherwise they mean a pair or
 * a comment, which are left to the full path.
 */
function plainItem(text: string, at: number, end: number): { value: unknown; end: number } {
  if (!canStartPlain(text, at, end) || (text[at] === '-' && FLOW_INDICATORS.has(text[at + 1]))) decline();
  let textEnd = at;
  let i = at;
  for (; i < end; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === COMMA || ch === CLOSE_BRACKET) break;
    if (NOT_IN_FLOW_PLAIN.has(text[i])) decline();
    if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE || FLOW_INDICATORS.has(text[i + 1]))) decline();
    if (ch === HASH && text.charCodeAt(i - 1) === SPACE) decline();
    if (ch !== SPACE) textEnd = i + 1;
  }
  return { value: resolvePlain(text.slice(at, textEnd)), end: i };
}

/** A quoted item from `at`, which must close on the line it opened on. */
function quotedItem(src: SourceLines, line: number, at: number): { value: unknown; end: number } {
  const quoted = readQuoted(src, line, at, -1);
  if (quoted.line !== line) decline();
  return { value: quoted.value, end: quoted.end };
}

/** Reads `[a, "b", 'c']` at `at` on `line`: scalars only, on one line, no empty or trailing items. */
export function readFlowSequence(src: SourceLines, line: number, at: number): ReadValue {
  const { text } = src;
  const end = src.end(line);
  const items: unknown[] = [];
  let i = src.skipSpaces(at + 1, line);
  if (text.charCodeAt(i) !== CLOSE_BRACKET) {
    for (;;) {
      const item = text[i] === '"' || text[i] === "'" ? quotedItem(src, line, i) : plainItem(text, i, end);
      items.push(item.value);
      i = src.skipSpaces(item.end, line);
      if (i >= end) decline();
      if (text.charCodeAt(i) === CLOSE_BRACKET) break;
      if (text.charCodeAt(i) !== COMMA) decline();
      i = src.skipSpaces(i + 1, line);
      if (i >= end || text.charCodeAt(i) === CLOSE_BRACKET) decline();
    }
  }
  src.expectLineEnd(i + 1, line);
  return { value: items, next: line + 1 };
}
