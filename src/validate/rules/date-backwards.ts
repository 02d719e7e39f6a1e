import { isDateProblem } from '../../model/claim-date.js';
import { parsedDate } from '../parsed-date.js';
import type { FileRule } from '../rule.js';
import { dateFields } from './date-fields.js';
import { show } from './display.js';

/** `date/backwards`: an interval must not end before it starts. */
export const dateBackwards: FileRule = {
  id: 'date/backwards',
  severity: 'error',
  description: 'A date interval start/end must not end before it starts.',
  scope: 'file',
  check(context) {
    for (const field of dateFields(context.data)) {
      const parsed = parsedDate(field.value);
      if (!isDateProblem(parsed) || parsed.kind !== 'backwards') continue;
      const [start, end] = parsed.text.split('/');
      context.report(
        context.locate(field.path),
        `the interval ${show(parsed.text)} runs backwards: it ends (${end}) before it starts (${start}). Write the earlier date first: ${end}/${start}.`,
      );
    }
  },
};
