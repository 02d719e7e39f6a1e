import { HASH, SPACE, TAB } from './char-codes.js';
import { decline } from './decline.js';

// Characters whose handling the fast reader does not vouch for: C0 controls other than tab, line feed and
// carriage return, DEL, a byte order mark after the first character; and a carriage return not before a
// line feed (looked for apart: one character class alone is scanned faster).
const UNSURE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufeff]/;
const LONE_CR = /\r(?!\n)/;

/**
 * The text of a YAML file cut into lines: LF line ends only (CRLF is folded to LF, which keeps every
 * line number), no byte order mark. Lines are numbered from 0 here; a final line break opens no line.
 */
export class SourceLines {
  readonly text: string;
  /** Offset of each line's first character. */
  private readonly starts: number[] = [];
  /** Each line's indentation once measured, else -1: a line is asked about by every collection it closes. */
  private readonly indents: Int32Array;
  readonly count: number;

  constructor(raw: string) {
    let text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (UNSURE.test(text)) decline();
    if (text.includes('\r')) {
      if (LONE_CR.test(text)) decline();
      text = text.replace(/\r\n/g, '\n');
    }
    this.text = text;
    let start = 0;
    while (start < text.length) {
      this.starts.push(start);
      const end = text.indexOf('\n', start);
      if (end === -1) break;
      start = end + 1;
    }
    this.count = this.starts.length;
    this.indents = new Int32Array(this.count).fill(-1);
  }

  start(line: number): number {
    return this.starts[line];
  }

  /** Offset of the line's line feed, or the end of the text. */
  end(line: number): number {
    return line + 1 < this.count ? this.starts[line + 1] - 1 : this.text.endsWith('\n') ? this.text.length - 1 : this.text.length;
  }

  /** The number of spaces the line starts with; a tab among them is declined (tabs never indent YAML). */
  indent(line: number): number {
    const known = this.indents[line];
    if (known >= 0) return known;
    const { text } = this;
    const start = this.starts[line];
    const end = this.end(line);
    let at = start;
    while (at < end && text.charCodeAt(at) === SPACE) at += 1;
    if (at < end && text.charCodeAt(at) === TAB) decline();
    this.indents[line] = at - start;
    return at - start;
  }

  /** Whether the line holds only spaces. */
  isBlank(line: number): boolean {
    return this.indent(line) === this.end(line) - this.starts[line];
  }

  /** Whether the line holds nothing but spaces and perhaps a comment. */
  isBlankOrComment(line: number): boolean {
    const at = this.starts[line] + this.indent(line);
    return at === this.end(line) || this.text.charCodeAt(at) === HASH;
  }

  /** The first line from `line` on that holds content (not blank, not a comment); `count` if none. */
  nextContent(line: number): number {
    let at = line;
    while (at < this.count && this.isBlankOrComment(at)) at += 1;
    return at;
  }

  /** The first offset from `at` on the line that is not a space. */
  skipSpaces(at: number, line: number): number {
    const end = this.end(line);
    let i = at;
    while (i < end && this.text.charCodeAt(i) === SPACE) i += 1;
    return i;
  }

  /**
   * Checks that only spaces and perhaps a comment follow `at` on the line (after a value or an
   * indicator); a comment must be set off by a space, as YAML requires.
   */
  expectLineEnd(at: number, line: number): void {
    const end = this.end(line);
    const next = this.skipSpaces(at, line);
    if (next === end) return;
    if (this.text.charCodeAt(next) === HASH && next > at) return;
    decline();
  }
}
