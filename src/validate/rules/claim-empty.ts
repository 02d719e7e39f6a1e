import type { FileRule } from '../rule.js';
import { show } from './display.js';
import { isBlank } from './text-fold.js';

const EXAMPLES = {
  about: 'about: identity of the man killed',
  says: 'says: civilian (or a number, or true or false)',
} as const;

/** `claim/empty`: a claim without a question or an answer cannot be compared with anything. */
export const claimEmpty: FileRule = {
  id: 'claim/empty',
  severity: 'error',
  description: "A claim's `about` and `says` must not be empty or only whitespace.",
  scope: 'file',
  check(context) {
    context.data.claims.forEach((claim, i) => {
      for (const field of ['about', 'says'] as const) {
        const value = claim[field];
        if (typeof value !== 'string' || !isBlank(value)) continue;
        const what = field === 'about' ? 'the question the claim answers' : 'the answer the claim gives';
        context.report(
          context.locate(['claims', i, field]),
          `claim ${show(claim.id)} has an empty \`${field}\`; it should hold ${what}. Example: ${EXAMPLES[field]}`,
        );
      }
    });
  },
};
