import type { FileRule } from '../rule.js';
import { unreadableArchivePath } from './archive-path.js';
import { show } from './display.js';
import { quoteHint } from './quote-hint.js';
import { findQuote } from './quote-search.js';
import { foldQuote } from './text-fold.js';
import { indexedSearch } from './word-index.js';

// A hint searches the whole archive several times; past this many archive characters searched in one file, the
// remaining quotes get a short message, so thousands of quotes against a long archive still lint in seconds.
const HINT_BUDGET = 5_000_000;
const NO_HINT = 'it is not there, and this archive is too long to look for the nearest passage of every quote.';

/** `quote/not-in-archive`: a quote must be the article's own words, found in its archived text. */
export const quoteNotInArchive: FileRule = {
  id: 'quote/not-in-archive',
  severity: 'error',
  description:
    'Each `quote` must occur verbatim in the `source.archive` text. Spacing, typographic quotes, dashes, ellipses, non-breaking and zero-width characters are folded; letter case is not; `[...]` marks left-out words. Without an archive quotes are not checked.',
  scope: 'file',
  check(context) {
    const path = context.data.source.archive;
    // A path refused unread is reported by quote/archive-missing.
    if (path === undefined || unreadableArchivePath(path) !== undefined) return;
    const read = context.readArchive(path);
    if (!read.ok) return;
    const archive = foldQuote(read.text);
    const search = indexedSearch(archive.text);
    let archiveLower: string | undefined;
    let searched = 0;
    context.data.claims.forEach((claim, i) => {
      if (claim.quote === undefined) return;
      const quote = foldQuote(claim.quote);
      if (quote.text === '' || findQuote(quote.text, archive.text, search) >= 0) return;
      archiveLower ??= archive.text.toLowerCase();
      const hint = searched < HINT_BUDGET ? quoteHint(quote, archive, archiveLower) : NO_HINT;
      searched += archive.text.length;
      context.report(
        context.locate(['claims', i, 'quote']),
        `the quote of claim ${show(claim.id)} is not in the archive ${show(path)} word for word: ${hint} Copy the words exactly as the article has them (spacing, quote marks and dashes may differ, letters may not; mark left-out words with [...]).`,
      );
    });
  },
};
