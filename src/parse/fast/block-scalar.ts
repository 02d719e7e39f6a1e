import { SPACE, TAB } from './char-codes.js';
import { decline } from './decline.js';
import type { ReadValue } from './plain-scalar.js';
import type { SourceLines } from './source-lines.js';

/** The header of a block scalar: `|` or `>`, then `-` (strip), `+` (keep) or nothing (clip). */
function readHeader(src: SourceLines, line: number, at: number): { folded: boolean; chomp: string } {
  const folded = src.text[at] === '>';
  const next = src.text[at + 1];
  const chomp = next === '-' || next === '+' ? next : '';
  // An indentation digit, or anything else after the indicators, is left to the full parser.
  src.expectLineEnd(at + 1 + chomp.length, line);
  return { folded, chomp };
}

/** Joins a folded scalar's lines: one break between text lines is a space, each empty line a line feed. */
function fold(lines: readonly string[]): string {
  let value = lines[0];
  let empty = 0;
  for (let i = 1; i < lines.length; i += 1) {
    if (lines[i] === '') {
      empty += 1;
      continue;
    }
    value += empty === 0 ? ` ${lines[i]}` : '\n'.repeat(empty) + lines[i];
    empty = 0;
  }
  return value;
}

/**
 * Reads a block scalar (`|` literal or `>` folded) whose header is at `at` on `line`. Its indentation
 * is that of its first text line, which must be deeper than `parentIndent`. Declines what the
 * fast reader does not vouch for: an explicit indentation, no text at all, more-indented or
 * tab-led lines in a folded scalar, lines of spaces deeper than the text, `|+` in a text without
 * a final line break.
 */
export function readBlockScalar(src: SourceLines, line: number, at: number, parentIndent: number): ReadValue {
  const { text } = src;
  const { folded, chomp } = readHeader(src, line, at);
  let leading = 0;
  let next = line + 1;
  let deepestLeading = 0;
  while (next < src.count && src.isBlank(next)) {
    deepestLeading = Math.max(deepestLeading, src.end(next) - src.start(next));
    leading += 1;
    next += 1;
  }
  if (next >= src.count) decline();
  const indent = src.indent(next);
  if (indent <= parentIndent || deepestLeading > indent) decline();
  // Text lines from the first to the last, an empty line as ''.
  const lines: string[] = [];
  let trailing = 0;
  let last = next;
  for (; next < src.count; next += 1) {
    const start = src.start(next);
    const end = src.end(next);
    if (src.isBlank(next)) {
      if (end - start > indent) decline();
      trailing += 1;
      continue;
    }
    if (src.indent(next) < indent) break;
    const first = text.charCodeAt(start + indent);
    if (folded && (first === SPACE || first === TAB)) decline();
    for (; trailing > 0; trailing -= 1) lines.push('');
    lines.push(text.slice(start + indent, end));
    last = next;
  }
  const body = '\n'.repeat(leading) + (folded ? fold(lines) : lines.join('\n'));
  if (chomp === '-') return { value: body, next: last + 1 };
  if (chomp === '') return { value: `${body}\n`, next: last + 1 };
  // Keep: every trailing line break stays; a text not ending in one, or a comment after, is not vouched for.
  if (!src.text.endsWith('\n') || (next < src.count && src.isBlankOrComment(next))) decline();
  return { value: body + '\n'.repeat(trailing + 1), next: last + 1 };
}
