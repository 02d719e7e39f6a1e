import type { Answer } from '../../model/claim-file.js';
import { oneLine } from '../escape/terminal.js';

// Printable ASCII words joined by single spaces, without a workflow-command marker: text that `clean` would return unchanged.
const PLAIN_ASCII = /^[!-~]+(?: [!-~]+)*$/;
const COMMAND_MARKER = /::|##\[/;
// A line that opens with `::` (after white space) is a workflow command to a CI runner reading the log.
const COMMAND_LINE = /^(\s*:)(?=:)/;

/** Untrusted text (or an answer) as one safe terminal line: no control, escape or bidi characters. */
export function clean(value: Answer | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  // Most text is plain; one test spares it the replacements.
  if (PLAIN_ASCII.test(text) && !COMMAND_MARKER.test(text)) return text;
  // Unicode line and paragraph separators break lines in some terminals, like a newline.
  return oneLine(text.replace(/[\u2028\u2029]/g, ' '))
    .replace(/ {2,}/g, ' ')
    .trim();
}


/** Cuts text to at most `max` characters, at a word boundary when one is near, marking the cut with `…`. */
export function cut(text: string, max: number): string {
  if (length(text) <= max) return text;
  const chars = Array.from(text);
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${space > max / 2 ? head.slice(0, space) : head}…`;
}

// Length in code points, so a character outside the basic plane counts once.
function length(text: string): number {
  return /[\ud800-\udfff]/.test(text) ? Array.from(text).length : text.length;
}

/** Wraps text into lines of at most `width` characters, at most `maxLines` of them; the last is cut with `…` if needed. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  if (length(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  let lineLength = 0;
  for (const word of text.split(' ')) {
    let rest = word;
    let restLength = length(word);
    // A word longer than the line is split, so a long URL or unbroken script cannot overflow.
    while (restLength > width) {
      if (line !== '') lines.push(line);
      const chars = Array.from(rest);
      lines.push(chars.slice(0, width).join(''));
      rest = chars.slice(width).join('');
      restLength -= width;
      line = '';
      lineLength = 0;
    }
    if (line !== '' && lineLength + 1 + restLength <= width) {
      line += ` ${rest}`;
      lineLength += 1 + restLength;
    } else {
      if (line !== '') lines.push(line);
      line = rest;
      lineLength = restLength;
    }
    if (lines.length > maxLines) break;
  }
  if (line !== '') lines.push(line);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = cut(`${kept[maxLines - 1]} ${lines[maxLines]}`, width);
  // A long word split anywhere can start a line with `::`; a word joiner keeps it from reading as a command.
  return kept.map((text) => text.replace(COMMAND_LINE, '$1\u2060'));
}

/** Names in first-seen order without repeats, the list cut after `max` with `and N more`. */
export function nameList(names: readonly string[], max = 5): string {
  const unique = [...new Set(names)];
  if (unique.length <= max) return unique.join(', ');
  return `${unique.slice(0, max).join(', ')} and ${unique.length - max} more`;
}
