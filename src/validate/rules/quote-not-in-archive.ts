import type { FileRule } from '../rule.js';
import { show } from './display.js';
import { quoteHint } from './quote-hint.js';
import { findQuote } from './quote-search.js';
import { foldQuote } from './text-fold.js';

/** `quote/not-in-archive`: a quote must be the article's own words, found in its archived text. */
export const quoteNotInArchive: FileRule = {
  id: 'quote/not-in-archive',
  severity: 'error',
  description:
    'Each `quote` must occur verbatim in the `source.archive` text. Spacing, typographic quotes, dashes, ellipses, non-breaking and zero-width characters are folded; letter case is not; `[...]` marks left-out words. Without an archive quotes are not checked.',
  scope: 'file',
  check(context) {
    const path = context.data.source.archive;
    if (path === undefined) return;
    const read = context.readArchive(path);
    if (!read.ok) return;
    const archive = foldQuote(read.text);
    let archiveLower: string | undefined;
    context.data.claims.forEach((claim, i) => {
      if (claim.quote === undefined) return;
      const quote = foldQuote(claim.quote);
      if (quote.text === '' || findQuote(quote.text, archive.text) >= 0) return;
      archiveLower ??= archive.text.toLowerCase();
      context.report(
        context.locate(['claims', i, 'quote']),
        `the quote of claim ${show(claim.id)} is not in the archive ${show(path)} word for word: ${quoteHint(quote, archive, archiveLower)} Copy the words exactly as the article has them (spacing, quote marks and dashes may differ, letters may not; mark left-out words with [...]).`,
      );
    });
  },
};
