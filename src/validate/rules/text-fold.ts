/**
 * Folding that lets a quote match its article despite typography, not despite wording:
 * whitespace runs, typographic quotes, dashes, ellipses, non-breaking and zero-width
 * characters are made plain; letter case is kept, because a quote must be verbatim.
 */

/** Folded text, with where each of its characters came from. */
export interface FoldedText {
  /** The original text in Unicode NFC, which `offsets` index into. */
  readonly source: string;
  readonly text: string;
  /** `offsets[i]` is the index in `source` of the character that produced `text[i]`. */
  readonly offsets: readonly number[];
}

const DOUBLE_QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb']);
const SINGLE_QUOTES = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b', '\u2039', '\u203a']);
const DASHES = new Set(['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212']);
// Zero-width space, non-joiner, joiner, word joiner, BOM and the soft hyphen that web copies carry.
const INVISIBLE = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']);
// \s covers NBSP, the narrow and figure spaces and the Unicode line separators.
const SPACE = /\s/;

// The same folds over whole texts, for the folded text alone (see `foldedOnly`).
const INVISIBLE_ALL = /[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g;
const SPACES_ALL = /\s+/g;
const DOUBLE_QUOTES_ALL = /[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g;
const SINGLE_QUOTES_ALL = /[\u2018\u2019\u201a\u201b\u2039\u203a]/g;
const DASHES_ALL = /[\u2010-\u2015\u2212]/g;

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

// Words of printable ASCII with single spaces between them fold to themselves.
const ALREADY_PLAIN = /^[!-~]+(?: [!-~]+)*$/;

/** The folded text with the source index of each of its characters, character by character. */
export function foldWithOffsets(source: string): { text: string; offsets: number[] } {
  // Pieces joined once at the end: appending to one growing string is quadratic on a long archive.
  const pieces: string[] = [];
  const offsets: number[] = [];
  // True at the start and after a space: a space here is dropped, so runs fold to one and none leads.
  let afterSpace = true;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    // Printable ASCII but the space folds to itself: decided without the lookups.
    const plain = code > 0x20 && code < 0x7f ? source[i] : foldChar(source[i]);
    if (plain === '') continue;
    if (plain === ' ') {
      if (afterSpace) continue;
      afterSpace = true;
    } else {
      afterSpace = false;
    }
    pieces.push(plain);
    for (let k = 0; k < plain.length; k++) offsets.push(i);
  }
  if (afterSpace && pieces.length > 0) {
    pieces.pop();
    offsets.pop();
  }
  return { text: pieces.join(''), offsets };
}

/**
 * The folded text of `foldWithOffsets` by whole-text replacements, many times faster on an archive: invisible
 * characters go first, so a space run they interrupt is still one run.
 */
export function foldedOnly(source: string): string {
  return source
    .replace(INVISIBLE_ALL, '')
    .replace(SPACES_ALL, ' ')
    .trim()
    .replace(DOUBLE_QUOTES_ALL, '"')
    .replace(SINGLE_QUOTES_ALL, "'")
    .replace(DASHES_ALL, '-')
    .replaceAll('\u2026', '...');
}

// The map back to the original is worked out only when asked for: for a finding to show, not to search.
class Folded implements FoldedText {
  #offsets: number[] | undefined;

  constructor(
    readonly source: string,
    readonly text: string,
  ) {}

  get offsets(): readonly number[] {
    this.#offsets ??= foldWithOffsets(this.source).offsets;
    return this.#offsets;
  }
}

/** Folds text for verbatim comparison, keeping a map back to the original. Linear in the text's length. */
export function foldQuote(text: string): FoldedText {
  const source = text.normalize('NFC');
  return new Folded(source, foldedOnly(source));
}

/** The original text behind folded characters `start` to `end` (exclusive), for showing to a researcher. */
export function originalSlice(folded: FoldedText, start: number, end: number): string {
  if (end <= start) return '';
  return folded.source.slice(folded.offsets[start], folded.offsets[end - 1] + 1);
}

/** A name as compared for sameness: folded as a quote, and case-insensitive. */
export function foldName(text: string): string {
  return (ALREADY_PLAIN.test(text) ? text : foldQuote(text).text).toLowerCase();
}

/** True for text with nothing visible in it. */
export function isBlank(text: string): boolean {
  return !ALREADY_PLAIN.test(text) && foldQuote(text).text === '';
}
