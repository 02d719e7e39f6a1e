import type { FileRule } from '../rule.js';
import { show } from './display.js';
import { foldName } from './text-fold.js';

/**
 * Cues that all but always mean the article distances itself from the claim. Narrower than the
 * cross-check's hedge detection on purpose: `hedged: false` is how a researcher overrides that
 * detection (e.g. for "according to"), so only an override that is very likely a slip is flagged.
 */
const STRONG_CUES = /\b(reportedly|allegedly|purportedly|supposedly|unconfirmed|rumou?red|(?:is|are|was|were) (?:said|believed|thought) to)\b/;

/** `quote/unhedged`: `hedged: false` beside a quote that plainly hedges. */
export const quoteUnhedged: FileRule = {
  id: 'quote/unhedged',
  severity: 'warning',
  description: 'A claim set explicitly `hedged: false` whose quote contains a strong hedge cue ("reportedly", "allegedly", "is said to").',
  scope: 'file',
  check(context) {
    context.data.claims.forEach((claim, i) => {
      if (claim.hedged !== false || claim.quote === undefined) return;
      const cue = STRONG_CUES.exec(foldName(claim.quote));
      if (!cue) return;
      context.report(
        context.locate(['claims', i, 'hedged']),
        `claim ${show(claim.id)} is marked hedged: false, but its quote says ${show(cue[0])}, which reports it with reservation. Set hedged: true, or remove the line to let hedging be detected from the quote.`,
      );
    });
  },
};
