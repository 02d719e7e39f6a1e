import { lineAt } from './quote-search.js';
import { originalSlice, type FoldedText } from './text-fold.js';

/** A sentence of an archive that shares many words with a quote. */
export interface Passage {
  /** 1-based line of the archive the sentence starts on. */
  line: number;
  text: string;
  /** Share of the quote's distinct words that the sentence has, 0 to 1. */
  overlap: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
// Folded text has no line breaks left, so sentences spanning hard-wrapped lines stay whole.
const SENTENCE = /[^.!?]+(?:[.!?]+["']?|$)/g;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

/**
 * The archive sentence sharing the most of a folded quote's words (case-insensitive), when it
 * shares at least `minOverlap` of them; the earliest one on a tie. Linear in the archive's length.
 */
export function closestPassage(quote: string, archive: FoldedText, minOverlap = 0.5): Passage | undefined {
  const wanted = words(quote);
  if (wanted.size === 0) return undefined;
  let best: { index: number; text: string; overlap: number } | undefined;
  for (const match of archive.text.matchAll(SENTENCE)) {
    let shared = 0;
    for (const word of words(match[0])) if (wanted.has(word)) shared++;
    const overlap = shared / wanted.size;
    if (overlap >= minOverlap && overlap > (best?.overlap ?? 0)) best = { index: match.index, text: match[0], overlap };
  }
  if (!best) return undefined;
  const start = best.index + (best.text.length - best.text.trimStart().length);
  const end = best.index + best.text.trimEnd().length;
  return { line: lineAt(archive.source, archive.offsets[start]), text: originalSlice(archive, start, end), overlap: best.overlap };
}
