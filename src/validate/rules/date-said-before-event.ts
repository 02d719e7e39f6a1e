import { isDateProblem, type DateRange } from '../../model/claim-date.js';
import { parsedDate } from '../parsed-date.js';
import type { FileRule } from '../rule.js';
import { show } from './display.js';

/** `date/said-before-event`: a statement about an incident is normally made after it began. */
export const dateSaidBeforeEvent: FileRule = {
  id: 'date/said-before-event',
  severity: 'warning',
  description: "A claim's `said` date should not lie wholly before its event's date (usually a mistyped or miscounted date).",
  scope: 'file',
  check(context) {
    const eventDates = new Map<string, DateRange>();
    for (const event of context.data.events ?? []) {
      if (event.date === undefined || eventDates.has(event.id)) continue;
      const date = parsedDate(event.date);
      if (!isDateProblem(date)) eventDates.set(event.id, date);
    }
    context.data.claims.forEach((claim, i) => {
      if (claim.said === undefined || claim.event === undefined) return;
      const eventDate = eventDates.get(claim.event);
      const said = parsedDate(claim.said);
      if (!eventDate || isDateProblem(said) || said.end >= eventDate.start) return;
      context.report(
        context.locate(['claims', i, 'said']),
        `claim ${show(claim.id)} was said ${show(said.text)}, before its event ${show(claim.event)} began (${eventDate.text}). Check both dates; if the claim is not about that incident (a warning or a standing situation), remove its \`event\`.`,
      );
    });
  },
};
