import { dayNumber, isDateProblem, type DateProblem } from '../../model/claim-date.js';
import { parsedDate } from '../parsed-date.js';
import type { FileRule } from '../rule.js';
import { dateFields } from './date-fields.js';
import { show } from './display.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why a well-formed `YYYY-MM(-DD)` does not exist, with a nearby date that does. */
function whyNoSuchDay(text: string): string {
  const [year, month, day] = text.split('-').map(Number);
  if (month < 1 || month > 12) {
    return `there is no month ${String(month).padStart(2, '0')} (months run from 01 to 12). Check the order: dates are written year-month-day, e.g. 2020-02-13`;
  }
  const lastDay = dayNumber(year, month + 1, 1) - dayNumber(year, month, 1);
  const monthText = `${year}-${String(month).padStart(2, '0')}`;
  return `${MONTHS[month - 1]} ${year} has ${lastDay} days, not ${day}. Write a day that exists, e.g. ${monthText}-${String(lastDay).padStart(2, '0')}, or only the month (${monthText}) if the day is uncertain`;
}

/** The message for a date that cannot be read or does not exist. */
function describe(value: string | number, problem: DateProblem): string {
  if (problem.kind === 'no-such-day') {
    const part = problem.text === String(value).trim() ? '' : ` (its part ${show(problem.text)})`;
    return `${show(value)}${part} is not a real date: ${whyNoSuchDay(problem.text)}.`;
  }
  return `expected a date like 2020-02-13, 2020-02 or 2020, or an interval like 2020-01-18/2020-01-22; found ${show(value)}.`;
}

/** `date/invalid`: every date must be readable and exist on the calendar. */
export const dateInvalid: FileRule = {
  id: 'date/invalid',
  severity: 'error',
  description: 'Dates must exist on the calendar (no 2020-02-30, no month 13) and be written YYYY-MM-DD, YYYY-MM, YYYY or start/end.',
  scope: 'file',
  check(context) {
    for (const field of dateFields(context.data)) {
      const parsed = parsedDate(field.value);
      if (isDateProblem(parsed) && parsed.kind !== 'backwards') {
        context.report(context.locate(field.path), describe(field.value, parsed));
      }
    }
  },
};
