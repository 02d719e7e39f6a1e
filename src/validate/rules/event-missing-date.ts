import type { FileRule } from '../rule.js';
import { show } from './display.js';

/** `event/missing-date`: an event with neither date nor key can never be matched with other reports of it. */
export const eventMissingDate: FileRule = {
  id: 'event/missing-date',
  severity: 'warning',
  description: 'An event without a `key` should have a `date`: the cross-check groups reports of one event by their dates.',
  scope: 'file',
  check(context) {
    (context.data.events ?? []).forEach((event, i) => {
      if (event.date !== undefined || event.key !== undefined) return;
      context.report(
        context.locate(['events', i, 'date']),
        `event ${show(event.id)} has no date, so it cannot be grouped with other articles' reports of the same event. Add the date the article gives, as precisely as it allows: date: 2020-02-12, date: 2020-02, or date: 2020-01-18/2020-01-22.`,
      );
    });
  },
};
