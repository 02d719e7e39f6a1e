import { formatDay, isDateProblem, parseClaimDate, type DateRange } from '../model/claim-date.js';

const texts = new Map<number, string>();
const ranges = new Map<string, DateRange>();

/** `YYYY-MM-DD` of a day number, memoised: a corpus writes the same few hundred days many times. */
export function dayText(day: number): string {
  let text = texts.get(day);
  if (text === undefined) {
    text = formatDay(day);
    texts.set(day, text);
  }
  return text;
}

/** Parses a date the generator wrote (a fresh object each time); a failure is a bug in the generator. */
export function dateOf(text: string): DateRange {
  let range = ranges.get(text);
  if (range === undefined) {
    const parsed = parseClaimDate(text);
    if (isDateProblem(parsed)) throw new Error(`generator wrote an invalid date "${text}"`);
    range = parsed;
    if (ranges.size < 100_000) ranges.set(text, range);
  }
  return { ...range };
}
