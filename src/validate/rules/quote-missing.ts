import type { FileRule } from '../rule.js';
import { show } from './display.js';
import { isBlank } from './text-fold.js';

/** `quote/missing`: without the article's own words a claim cannot be checked against the article. */
export const quoteMissing: FileRule = {
  id: 'quote/missing',
  severity: 'warning',
  description: 'Each claim should carry a `quote`: the words of the article that carry it, verbatim.',
  scope: 'file',
  check(context) {
    context.data.claims.forEach((claim, i) => {
      if (claim.quote !== undefined && !isBlank(claim.quote)) return;
      const state = claim.quote === undefined ? 'has no' : 'has an empty';
      context.report(
        context.locate(['claims', i, 'quote']),
        `claim ${show(claim.id)} ${state} \`quote\`; copy the article's own words that carry the claim, character for character, so it can be checked. Example: quote: the US patrol came under small arms fire`,
      );
    });
  },
};
