import type { FileRule } from '../rule.js';
import { show } from './display.js';
import { nameKeyer } from './name-key.js';
import { foldName } from './text-fold.js';

/**
 * One string per distinct claim: each part led by its length, so no two claims share a key whatever
 * their text holds. An event id that is not text (the schema reports it) is written as JSON.
 */
function claimKey(event: unknown, about: string, says: string, origin: string): string {
  const eventPart = event === undefined || event === null ? '-' : typeof event === 'string' ? `${event.length}:${event}` : `j${JSON.stringify(event)}`;
  return `${eventPart}|${about.length}:${about}${says.length}:${says}${origin.length}:${origin}`;
}

/** `claim/duplicate`: the same origin giving the same answer twice in one article is one claim. */
export const claimDuplicate: FileRule = {
  id: 'claim/duplicate',
  severity: 'warning',
  description: 'No two claims of a file should have the same event, `about`, `says` and origin (`by`, else the outlet).',
  scope: 'file',
  check(context) {
    const origin = nameKeyer(context.config);
    const outlet = context.data.source.outlet;
    const firstIndex = new Map<string, number>();
    context.data.claims.forEach((claim, i) => {
      const key = claimKey(claim.event, foldName(claim.about), foldName(String(claim.says)), origin(claim.by ?? outlet));
      const first = firstIndex.get(key);
      if (first === undefined) {
        firstIndex.set(key, i);
        return;
      }
      const firstClaim = context.data.claims[first];
      context.report(
        context.locate(['claims', i, 'id']),
        `claim ${show(claim.id)} repeats claim ${show(firstClaim.id)} (line ${context.locate(['claims', first, 'id']).line}): same event, about, says and origin. One origin counts once however often it is quoted; remove one, or correct its \`by\` if someone else said it too.`,
      );
    });
  },
};
