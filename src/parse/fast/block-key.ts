import { BACKSLASH, COLON, HASH, SPACE, TAB } from './char-codes.js';
import { resolvePlain } from './core-schema.js';
import { decline } from './decline.js';
import { canStartPlain } from './plain-scalar.js';
import { readQuoted } from './quoted-scalar.js';
import type { SourceLines } from './source-lines.js';

/** The key of a block mapping entry, and the offset just after its `:`. */
export interface BlockKey {
  key: string;
  valueAt: number;
}

// The full parser refuses implicit keys over 1024 characters; stay well clear of the limit.
const MAX_KEY_LENGTH = 1000;

/** Whether `at` holds a `:` that ends a key: followed by a space or the end of the line. */
function isKeyColon(text: string, at: number, end: number): boolean {
  return text.charCodeAt(at) === COLON && (at + 1 === end || text.charCodeAt(at + 1) === SPACE);
}

/** Whether a line starting at `at` (column 0) is a `---` or `...` document marker. */
function isDocumentMarker(text: string, at: number, end: number): boolean {
  const marker = text.slice(at, at + 3);
  if (marker !== '---' && marker !== '...') return false;
  return at + 3 === end || text.charCodeAt(at + 3) === SPACE || text.charCodeAt(at + 3) === TAB;
}

/** The offset of the closing quote of a quoted scalar opened at `at`, if it closes on this line. */
function closingQuote(text: string, at: number, end: number): number | undefined {
  const quote = text[at];
  for (let i = at + 1; i < end; i += 1) {
    const ch = text[i];
    if (quote === '"' && text.charCodeAt(i) === BACKSLASH) i += 1;
    else if (ch === quote && quote === "'" && text[i + 1] === "'") i += 1;
    else if (ch === quote) return i;
  }
  return undefined;
}

function quotedKey(src: SourceLines, line: number, at: number): BlockKey | undefined {
  const { text } = src;
  const end = src.end(line);
  const close = closingQuote(text, at, end);
  if (close === undefined) return undefined;
  const colon = src.skipSpaces(close + 1, line);
  if (!isKeyColon(text, colon, end)) return undefined;
  if (colon - at > MAX_KEY_LENGTH) decline();
  return { key: readQuoted(src, line, at, -1).value, valueAt: colon + 1 };
}

function plainKey(src: SourceLines, line: number, at: number): BlockKey | undefined {
  const { text } = src;
  const end = src.end(line);
  if (!canStartPlain(text, at, end)) return undefined;
  let textEnd = at;
  for (let i = at; i < end; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === TAB) decline();
    if (ch === HASH && text.charCodeAt(i - 1) === SPACE) return undefined;
    if (isKeyColon(text, i, end)) {
      if (i - at > MAX_KEY_LENGTH) decline();
      const key = resolvePlain(text.slice(at, textEnd));
      // A key that reads as null, a boolean or a number becomes text in plain data: left to the full path.
      if (typeof key !== 'string') decline();
      return { key, valueAt: i + 1 };
    }
    if (ch !== SPACE) textEnd = i + 1;
  }
  return undefined;
}

/**
 * The key of a `key: value` entry starting at `at` on `line` — plain, or quoted on one line — or
 * `undefined` when what starts there is not a mapping entry (a scalar, a flow sequence…).
 */
export function readKey(src: SourceLines, line: number, at: number): BlockKey | undefined {
  const { text } = src;
  if (at === src.start(line) && isDocumentMarker(text, at, src.end(line))) decline();
  const first = text[at];
  return first === '"' || first === "'" ? quotedKey(src, line, at) : plainKey(src, line, at);
}
