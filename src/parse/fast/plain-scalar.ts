import { codeSet, COLON, DASH, HASH, SPACE, TAB } from './char-codes.js';
import { resolvePlain } from './core-schema.js';
import { decline } from './decline.js';
import type { SourceLines } from './source-lines.js';

/** A value read from the source, and the first line after it. */
export interface ReadValue {
  value: unknown;
  next: number;
}

// Characters that cannot start a plain scalar here (`-` is handled apart: `-5` is plain, `- ` is not).
const NOT_PLAIN_START = codeSet('?:,[]{}#&*!|>\'"%@`\t ');

/** Whether a plain scalar may start at `at`: not an indicator, and not `-` before a space or the line end. */
export function canStartPlain(text: string, at: number, end: number): boolean {
  if (at >= end || NOT_PLAIN_START[text.charCodeAt(at)] === 1) return false;
  if (text.charCodeAt(at) !== DASH) return true;
  return at + 1 < end && text.charCodeAt(at + 1) !== SPACE;
}

/**
 * The end of a plain scalar's text on one line (trailing spaces excluded), and whether a comment
 * follows it. Declines a `: ` inside (a mapping where a scalar was expected) and tabs.
 */
function scanLine(text: string, from: number, end: number): { textEnd: number; comment: boolean } {
  let textEnd = from;
  for (let i = from; i < end; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === SPACE) continue;
    if (ch === TAB) decline();
    if (ch === HASH && i > from && text.charCodeAt(i - 1) === SPACE) return { textEnd, comment: true };
    if (ch === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) decline();
    textEnd = i + 1;
  }
  return { textEnd, comment: false };
}

/**
 * Reads a plain scalar starting at `at` on `line`, with the lines that continue it (indented more
 * than `parentIndent`, the column of the collection holding it), folded as YAML folds them.
 */
export function readPlain(src: SourceLines, line: number, at: number, parentIndent: number): ReadValue {
  const { text } = src;
  if (!canStartPlain(text, at, src.end(line))) decline();
  const first = scanLine(text, at, src.end(line));
  let value = text.slice(at, first.textEnd);
  let last = line;
  if (!first.comment) {
    let breaks = 0;
    for (let next = line + 1; next < src.count; next += 1) {
      const indent = src.indent(next);
      const start = src.start(next) + indent;
      const end = src.end(next);
      if (start === end) {
        breaks += 1;
        continue;
      }
      if (indent <= parentIndent || text.charCodeAt(start) === HASH) break;
      const more = scanLine(text, start, end);
      // A comment inside a multi-line plain scalar ends it; what follows would be an error.
      if (more.comment) decline();
      value += (breaks === 0 ? ' ' : '\n'.repeat(breaks)) + text.slice(start, more.textEnd);
      breaks = 0;
      last = next;
    }
  }
  return { value: resolvePlain(value), next: last + 1 };
}
