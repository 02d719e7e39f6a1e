/**
 * Folding that lets a quote match its article despite typography, not despite wording:
 * whitespace runs, typographic quotes, dashes, ellipses, non-breaking and zero-width
 * characters are made plain; letter case is kept, because a quote must be verbatim.
 */

/** Folded text, with where each of its characters came from. */
export interface FoldedText {
  /** The original text in Unicode NFC, which `offsets` index into. */
  source: string;
  text: string;
  /** `offsets[i]` is the index in `source` of the character that produced `text[i]`. */
  offsets: number[];
}

const DOUBLE_QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb']);
const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);
// Zero-width space, non-joiner, joiner, word joiner, BOM and the soft hyphen that web copies carry.
const INVISIBLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);
// \s covers NBSP, the narrow and figure spaces and the Unicode line separators.
const SPACE = /\s/;

/** The plain form of one character: `''` to drop it, `' '` for any space. */
function foldChar(ch: string): string {
  if (INVISIBLE.has(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  if (DOUBLE_QUOTES.has(ch)) return '"';
  if (SINGLE_QUOTES.has(ch)) return "'";
  if (DASHES.has(ch)) return '-';
  if (ch === '\u2026') return '...';
  return ch;
}

/** Folds text for verbatim comparison, keeping a map back to the original. */
export function foldQuote(text: string): FoldedText {
  const source = text.normalize('NFC');
  let folded = '';
  const offsets: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const plain = foldChar(source[i]);
    if (plain === ' ' && (folded.length === 0 || folded.endsWith(' '))) continue;
    folded += plain;
    for (let k = 0; k < plain.length; k++) offsets.push(i);
  }
  if (folded.endsWith(' ')) {
    folded = folded.slice(0, -1);
    offsets.pop();
  }
  return { source, text: folded, offsets };
}

/** The original text behind folded characters `start` to `end` (exclusive), for showing to a researcher. */
export function originalSlice(folded: FoldedText, start: number, end: number): string {
  if (end <= start) return '';
  return folded.source.slice(folded.offsets[start], folded.offsets[end - 1] + 1);
}

/** A name as compared for sameness: folded as a quote, and case-insensitive. */
export function foldName(text: string): string {
  return foldQuote(text).text.toLowerCase();
}

/** True for text with nothing visible in it. */
export function isBlank(text: string): boolean {
  return foldQuote(text).text === '';
}
