import { isDateProblem } from '../../model/claim-date.js';
import { parsedDate } from '../parsed-date.js';
import type { FileRule } from '../rule.js';
import { dateFields, dateOwner } from './date-fields.js';
import { show } from './display.js';

/** `date/after-published`: nothing an article reports can begin after the article appeared. */
export const dateAfterPublished: FileRule = {
  id: 'date/after-published',
  severity: 'error',
  description: "No event may start, and no claim may be said (`said`), after the article's `published` date.",
  scope: 'file',
  check(context) {
    const published = parsedDate(context.data.source.published);
    if (isDateProblem(published)) return;
    for (const field of dateFields(context.data)) {
      if (field.path[0] === 'source') continue;
      const date = parsedDate(field.value);
      // Only a date that must lie after publication, whatever day a coarse date stands for.
      if (isDateProblem(date) || date.start <= published.end) continue;
      const what = field.path[0] === 'events' ? 'starts' : 'was said';
      context.report(
        context.locate(field.path),
        `${dateOwner(field)} ${what} ${show(date.text)}, after the article was published (${published.text}); an article can only report what happened before it appeared. Check both dates: a weekday in the text ("on Tuesday") means the one on or before publication.`,
      );
    }
  },
};
