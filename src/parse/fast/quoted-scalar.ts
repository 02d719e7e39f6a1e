import { BACKSLASH, NEWLINE, SINGLE_QUOTE, SPACE, TAB } from './char-codes.js';
import { decline } from './decline.js';
import type { SourceLines } from './source-lines.js';

/** A quoted scalar's text, and where its closing quote ends: the line and the offset after it. */
export interface ReadQuoted {
  value: string;
  line: number;
  end: number;
}

// YAML's one-letter escapes (a backslash before a tab stands for the tab).
const ESCAPES = new Map<string, string>([
  ['0', '\0'],
  ['a', '\x07'],
  ['b', '\b'],
  ['e', '\x1b'],
  ['f', '\f'],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
  ['\t', '\t'],
  ['v', '\v'],
  ['N', '\u0085'],
  ['_', '\u00a0'],
  ['L', '\u2028'],
  ['P', '\u2029'],
  [' ', ' '],
  ['"', '"'],
  ['/', '/'],
  ['\\', '\\'],
]);

const HEX_LENGTH = new Map([
  ['x', 2],
  ['u', 4],
  ['U', 8],
]);

/** Drops the spaces and tabs that end `text` (those written before a folded line break). */
function trimEndWhite(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)) end -= 1;
  return text.slice(0, end);
}

/**
 * Moves past a line break inside a quoted scalar: counts the empty lines that follow and checks the
 * next line is indented more than `parentIndent` (less would end the collection, an error).
 */
function continueOnNextLine(src: SourceLines, line: number, parentIndent: number): { line: number; at: number; emptyLines: number } {
  let next = line + 1;
  let emptyLines = 0;
  while (next < src.count && src.isBlank(next)) {
    emptyLines += 1;
    next += 1;
  }
  if (next >= src.count) decline();
  const indent = src.indent(next);
  if (indent <= parentIndent) decline();
  return { line: next, at: src.start(next) + indent, emptyLines };
}

/** The character written as `\x..`, `\u....` or `\U........` at `at` (the letter). */
function hexEscape(text: string, at: number, length: number): string {
  const digits = text.slice(at + 1, at + 1 + length);
  if (digits.length !== length || !/^[0-9a-fA-F]+$/.test(digits)) decline();
  const code = parseInt(digits, 16);
  if (code > 0x10ffff) decline();
  return String.fromCodePoint(code);
}

/** What an escape stands for, and where reading goes on: `\\` at `at`, on `line`. */
function readEscape(src: SourceLines, line: number, at: number, parentIndent: number): { text: string; line: number; at: number } {
  const letter = src.text[at + 1];
  if (letter === '\n') {
    // An escaped line break: nothing joins the lines, and the next line's indentation goes.
    const next = continueOnNextLine(src, line, parentIndent);
    if (next.emptyLines > 0) decline();
    return { text: '', line: next.line, at: next.at };
  }
  const escaped = ESCAPES.get(letter);
  if (escaped !== undefined) return { text: escaped, line, at: at + 2 };
  const length = HEX_LENGTH.get(letter);
  if (length === undefined) decline();
  return { text: hexEscape(src.text, at + 1, length), line, at: at + 2 + length };
}

/**
 * Reads a quoted scalar whose opening quote (`"` or `'`) is at `at` on `line`, inside a collection
 * indented `parentIndent` (its continuation lines must be indented more). Line breaks fold (one break a
 * space, each empty line a line feed, white space around them dropped); in double quotes escapes
 * are decoded and an escaped line break joins its lines; in single quotes `''` is a quote.
 */
export function readQuoted(src: SourceLines, line: number, at: number, parentIndent: number): ReadQuoted {
  const { text } = src;
  const quote = text.charCodeAt(at);
  let value = '';
  let current = line;
  let segment = at + 1;
  let i = segment;
  for (;;) {
    if (i >= text.length) decline();
    const ch = text.charCodeAt(i);
    if (ch === quote && !(quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE)) {
      return { value: value + text.slice(segment, i), line: current, end: i + 1 };
    }
    if (ch === NEWLINE) {
      value += trimEndWhite(text.slice(segment, i));
      const next = continueOnNextLine(src, current, parentIndent);
      value += next.emptyLines === 0 ? ' ' : '\n'.repeat(next.emptyLines);
      current = next.line;
      i = segment = next.at;
    } else if (ch === (quote === SINGLE_QUOTE ? SINGLE_QUOTE : BACKSLASH)) {
      const escape = quote === SINGLE_QUOTE ? { text: "'", line: current, at: i + 2 } : readEscape(src, current, i, parentIndent);
      value += text.slice(segment, i) + escape.text;
      current = escape.line;
      i = segment = escape.at;
    } else {
      i += 1;
    }
  }
}
