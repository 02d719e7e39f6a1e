import type { FileRule } from '../rule.js';
import { closestName } from '../closest-name.js';
import { listNames, show } from './display.js';

/** How to fix a reference to `wanted`, given the event ids the file has. */
function advice(wanted: string, ids: readonly string[]): string {
  if (ids.length === 0) {
    return 'This file has no events: add one under `events:` (id, title, date), or remove `event` if the claim is about a standing situation.';
  }
  const guess = closestName(wanted, ids);
  if (guess) return `Did you mean ${show(guess)}?`;
  return `The events of this file are ${listNames(ids)}; add the event, or remove \`event\` if the claim is about a standing situation.`;
}

/** `ref/unknown-event`: a claim's `event` must name an event of the same file. */
export const refUnknownEvent: FileRule = {
  id: 'ref/unknown-event',
  severity: 'error',
  description: "A claim's `event` must be the id of an event in the same file.",
  scope: 'file',
  check(context) {
    const ids = [...new Set((context.data.events ?? []).map((event) => event.id))];
    const known = new Set(ids);
    context.data.claims.forEach((claim, i) => {
      if (claim.event === undefined || known.has(claim.event)) return;
      context.report(
        context.locate(['claims', i, 'event']),
        `claim ${show(claim.id)} is about event ${show(claim.event)}, which is not an event of this file. ${advice(claim.event, ids)}`,
      );
    });
  },
};
