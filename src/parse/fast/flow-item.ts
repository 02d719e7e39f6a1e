import { codeSet, COMMA, COLON, HASH, SPACE, TAB } from './char-codes.js';
import { resolvePlain } from './core-schema.js';
import { decline } from './decline.js';
import { canStartPlain } from './plain-scalar.js';
import { readQuoted } from './quoted-scalar.js';
import type { SourceLines } from './source-lines.js';

/** A scalar read inside a flow collection: its value and the offset after its text. */
export interface FlowItem {
  value: unknown;
  end: number;
}

// Brackets and braces inside a plain item would make it something the fast reader leaves alone.
const BRACKETS = codeSet('[]{}');
export const FLOW_INDICATORS = codeSet(',[]{}');

/**
 * A plain scalar inside a flow collection from `at`, ending at a `,` or at `closer` (`]` or `}`). A `:`
 * inside must be followed by text and a `#` must follow text (`a:b`, `a#b`); otherwise they mean a pair
 * or a comment, which are left to the full path.
 */
export function flowPlain(text: string, at: number, end: number, closer: number): FlowItem {
  if (!canStartPlain(text, at, end) || (text[at] === '-' && FLOW_INDICATORS[text.charCodeAt(at + 1)] === 1)) decline();
  let textEnd = at;
  let i = at;
  for (; i < end; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === COMMA || ch === closer) break;
    if (ch === TAB || BRACKETS[ch] === 1) decline();
    if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE || FLOW_INDICATORS[text.charCodeAt(i + 1)] === 1)) decline();
    if (ch === HASH && text.charCodeAt(i - 1) === SPACE) decline();
    if (ch !== SPACE) textEnd = i + 1;
  }
  return { value: resolvePlain(text.slice(at, textEnd)), end: i };
}

/** A quoted scalar inside a flow collection from `at`, which must close on the line it opened on. */
export function flowQuoted(src: SourceLines, line: number, at: number): FlowItem {
  const quoted = readQuoted(src, line, at, -1);
  if (quoted.line !== line) decline();
  return { value: quoted.value, end: quoted.end };
}

/** A scalar inside a flow collection from `at`: quoted, or plain up to a `,` or `closer`. */
export function flowScalar(src: SourceLines, line: number, at: number, closer: number): FlowItem {
  const { text } = src;
  return text[at] === '"' || text[at] === "'" ? flowQuoted(src, line, at) : flowPlain(text, at, src.end(line), closer);
}

/**
 * Reads the entries of a one-line flow collection whose opening bracket is at `at`, up to `closer`:
 * `entry` reads one from its first character and gives the offset after it. No empty entry, no trailing
 * comma, nothing but a comment after the closer; the collection must close on its line.
 */
export function readFlowEntries(src: SourceLines, line: number, at: number, closer: number, entry: (at: number) => number): void {
  const { text } = src;
  const end = src.end(line);
  let i = src.skipSpaces(at + 1, line);
  if (text.charCodeAt(i) !== closer) {
    for (;;) {
      i = src.skipSpaces(entry(i), line);
      if (i >= end) decline();
      if (text.charCodeAt(i) === closer) break;
      if (text.charCodeAt(i) !== COMMA) decline();
      i = src.skipSpaces(i + 1, line);
      if (i >= end || text.charCodeAt(i) === closer) decline();
    }
  }
  src.expectLineEnd(i + 1, line);
}
