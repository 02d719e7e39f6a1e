import { show } from './display.js';
import { closestPassage } from './closest-passage.js';
import { findQuote, lineAt, longestPrefix } from './quote-search.js';
import { originalSlice, type FoldedText } from './text-fold.js';

const SNIPPET = 30;

/** The last `max` characters of a text, marked as cut when they are not all of it. */
function tail(text: string, max: number): string {
  return text.length > max ? `…${text.slice(text.length - max + 1).trimStart()}` : text;
}

/** The archive line a folded offset came from. */
function archiveLine(archive: FoldedText, foldedIndex: number): number {
  return lineAt(archive.source, archive.offsets[foldedIndex] ?? archive.source.length);
}

/** Where the quote goes wrong: a case-only difference, the point where it leaves the archive, or the nearest sentence. */
export function quoteHint(quote: FoldedText, archive: FoldedText, archiveLower: string): string {
  const lowerQuote = quote.text.toLowerCase();
  // Only when lower-casing kept every length do folded offsets still apply.
  const sameLengths = lowerQuote.length === quote.text.length && archiveLower.length === archive.text.length;
  const caseOnly = sameLengths ? findQuote(lowerQuote, archiveLower) : -1;
  if (caseOnly >= 0) {
    const found = originalSlice(archive, caseOnly, Math.min(caseOnly + quote.text.length, archive.text.length));
    return `it is there with different letter case (line ${archiveLine(archive, caseOnly)}: ${show(found, 80)}); a quote keeps the article's capitalisation.`;
  }
  const prefix = longestPrefix(quote.text, archive.text);
  if (prefix.length >= Math.min(20, Math.ceil(quote.text.length / 2))) {
    const end = prefix.index + prefix.length;
    const agreed = tail(originalSlice(quote, 0, prefix.length), 40);
    const archiveNext = originalSlice(archive, end, Math.min(end + 2 * SNIPPET, archive.text.length));
    const quoteNext = show(originalSlice(quote, prefix.length, Math.min(prefix.length + 2 * SNIPPET, quote.text.length)), SNIPPET);
    const then = archiveNext === '' ? `the archive ends where the quote goes on with ${quoteNext}` : `the archive has ${show(archiveNext, SNIPPET)} where the quote has ${quoteNext}`;
    return `it starts as in the archive (line ${archiveLine(archive, prefix.index)}: ${show(agreed, 41)}), then ${then}.`;
  }
  const passage = closestPassage(quote.text, archive);
  if (passage) return `the closest passage is on line ${passage.line}: ${show(passage.text, 100)}.`;
  return 'no sentence of the archive shares even half of its words: is it the right article?';
}
