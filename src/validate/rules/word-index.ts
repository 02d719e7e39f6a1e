import type { PartSearch } from './quote-search.js';

const WORD = /[\p{L}\p{N}]+/gu;
const SURROGATE = /[\ud800-\udfff]/;
// Below this length one pass per search is quick enough; above it, building the index pays.
const INDEX_FROM = 100_000;

/** Where each word of a text starts: runs of letters and digits, positions ascending. */
function wordPositions(text: string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (const match of text.matchAll(WORD)) {
    const list = positions.get(match[0]);
    if (list) list.push(match.index);
    else positions.set(match[0], [match.index]);
  }
  return positions;
}

/** The first index of a sorted list whose value is at least `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The whole words of a part (a boundary on both sides inside it) with their offsets in the part. */
function innerWords(part: string): { word: string; offset: number }[] {
  const words: { word: string; offset: number }[] = [];
  for (const match of part.matchAll(WORD)) {
    const end = match.index + match[0].length;
    // A run at either end of the part may be the end or start of a longer word of the text ("the" in "bathe"),
    // and so may one next to half of a surrogate pair, which the text can complete.
    if (match.index === 0 || end === part.length || SURROGATE.test(part[match.index - 1]) || SURROGATE.test(part[end])) continue;
    words.push({ word: match[0], offset: match.index });
  }
  return words;
}

/**
 * A search equal to `text.indexOf(part, from)` that looks only where the part's rarest whole word
 * stands in the text, so many searches of a long text each take far less than a pass over it.
 * Parts without a whole word inside them, and texts short enough to search in one quick pass, use `indexOf`.
 */
export function indexedSearch(text: string): PartSearch {
  if (text.length < INDEX_FROM) return (part, from) => text.indexOf(part, from);
  let positions: Map<string, number[]> | undefined;
  return (part, from) => {
    const words = innerWords(part);
    if (words.length === 0) return text.indexOf(part, from);
    positions ??= wordPositions(text);
    const index = positions;
    let anchor = words[0];
    let anchorAt = index.get(anchor.word) ?? [];
    for (const candidate of words) {
      const at = index.get(candidate.word) ?? [];
      if (at.length < anchorAt.length) [anchor, anchorAt] = [candidate, at];
      if (at.length === 0) return -1;
    }
    // A word of the part stands in every occurrence of it, so its positions, in order, give every candidate start.
    for (let i = lowerBound(anchorAt, from + anchor.offset); i < anchorAt.length; i++) {
      const start = anchorAt[i] - anchor.offset;
      if (text.startsWith(part, start)) return start;
    }
    return -1;
  };
}
