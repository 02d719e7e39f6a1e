import type { FileRule } from '../rule.js';
import { show } from './display.js';
import { nameKeyer } from './name-key.js';

/** `claim/via-without-by`: intermediaries imply an origin other than the outlet, so `by` must name it. */
export const claimViaWithoutBy: FileRule = {
  id: 'claim/via-without-by',
  severity: 'warning',
  description: 'A claim with `via` should have a `by` other than its own outlet: otherwise its origin counts as the outlet.',
  scope: 'file',
  check(context) {
    const key = nameKeyer(context.config);
    const outlet = context.data.source.outlet;
    context.data.claims.forEach((claim, i) => {
      if (!claim.via || claim.via.length === 0) return;
      if (claim.by === undefined) {
        context.report(
          context.locate(['claims', i, 'via']),
          `claim ${show(claim.id)} came via ${show(claim.via[0])} but has no \`by\`, so its origin counts as the outlet itself (${show(outlet)}). Name who first made the claim, e.g. by: SOHR.`,
        );
      } else if (key(claim.by) === key(outlet)) {
        context.report(
          context.locate(['claims', i, 'by']),
          `claim ${show(claim.id)} is by the article's own outlet (${show(outlet)}) yet lists \`via\`; an outlet's own claim has no intermediaries. Set \`by\` to whoever first made it, or remove \`via\`.`,
        );
      }
    });
  },
};
