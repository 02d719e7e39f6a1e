/** `[...]` (or `[…]`, which folds to it) marks words a researcher left out of a quote. */
const ELISION = /\s?\[\.\.\.\]\s?/;

/** Where `part` first occurs in a text at or after `from`, or -1: `indexOf`, or a faster equivalent. */
export type PartSearch = (part: string, from: number) => number;

/**
 * Where a folded quote occurs in a folded text, or -1. Parts separated by `[...]`
 * must occur in order; the index is that of the first part.
 */
export function findQuote(quote: string, text: string, search: PartSearch = (part, from) => text.indexOf(part, from)): number {
  const parts = quote.split(ELISION).filter((part) => part !== '');
  if (parts.length === 0) return -1;
  const start = search(parts[0], 0);
  if (start < 0) return -1;
  let from = start + parts[0].length;
  for (const part of parts.slice(1)) {
    const at = search(part, from);
    if (at < 0) return -1;
    from = at + part.length;
  }
  return start;
}

/** The longest beginning of `quote` that occurs in `text`, and where (binary search: a shorter beginning always occurs too). */
export function longestPrefix(quote: string, text: string): { length: number; index: number } {
  let low = 0;
  let high = quote.length;
  let index = 0;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const at = text.indexOf(quote.slice(0, mid));
    if (at >= 0) {
      low = mid;
      index = at;
    } else {
      high = mid - 1;
    }
  }
  return { length: low, index };
}

/** The 1-based line of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
