import type { FileRule } from '../rule.js';
import { show } from './display.js';

/** `ref/unused-event`: an event no claim is about is usually a forgotten or mistyped reference. */
export const refUnusedEvent: FileRule = {
  id: 'ref/unused-event',
  severity: 'warning',
  description: 'Every event should have at least one claim about it (`event: <id>`).',
  scope: 'file',
  check(context) {
    const used = new Set(context.data.claims.map((claim) => claim.event));
    (context.data.events ?? []).forEach((event, i) => {
      if (used.has(event.id)) return;
      context.report(
        context.locate(['events', i, 'id']),
        `no claim is about event ${show(event.id)}; an event only enters the cross-check through its claims. Add a claim with \`event: ${event.id}\`, check the claims' \`event\` for a typo, or remove the event.`,
      );
    });
  },
};
