/** The precision a written date has: a day, a month or a year. */
export type DatePrecision = 'day' | 'month' | 'year';

/**
 * A date or interval from a claim file as a closed range of days.
 * `start` and `end` count days since 1970-01-01 (UTC), so ranges compare as integers.
 */
export interface DateRange {
  /** As written, normalised to a string: `2020-02-12`, `2020-02`, `2020-01-18/2020-01-22`. */
  text: string;
  start: number;
  end: number;
  /** The coarser precision of the range's two ends. */
  precision: DatePrecision;
}

/** Why a written date is not a valid date, for lint messages. */
export type DateProblem =
  | { kind: 'format'; text: string }
  | { kind: 'no-such-day'; text: string }
  | { kind: 'backwards'; text: string };

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;

interface DatePoint {
  start: number;
  end: number;
  precision: DatePrecision;
}

/** Converts a calendar day to days since 1970-01-01. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatDay(dayNum: number): string {
  return new Date(dayNum * MS_PER_DAY).toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parsePoint(text: string): DatePoint | DateProblem {
  const match = DATE_PATTERN.exec(text);
  if (!match) return { kind: 'format', text };
  const year = Number(match[1]);
  if (match[2] === undefined) {
    return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31), precision: 'year' };
  }
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { kind: 'no-such-day', text };
  if (match[3] === undefined) {
    return {
      start: dayNumber(year, month, 1),
      end: dayNumber(year, month, daysInMonth(year, month)),
      precision: 'month',
    };
  }
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return { kind: 'no-such-day', text };
  const n = dayNumber(year, month, day);
  return { start: n, end: n, precision: 'day' };
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 };

/**
 * Parses a claim-file date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) or interval (`start/end`).
 * A YAML integer year (`2020`) is accepted as the year it names.
 */
export function parseClaimDate(value: string | number): DateRange | DateProblem {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const parts = text.split('/');
  if (parts.length > 2) return { kind: 'format', text };
  const first = parsePoint(parts[0]);
  if ('kind' in first) return first;
  if (parts.length === 1) return { text, ...first };
  const second = parsePoint(parts[1]);
  if ('kind' in second) return second;
  if (second.end < first.start) return { kind: 'backwards', text };
  const precision =
    PRECISION_RANK[first.precision] >= PRECISION_RANK[second.precision] ? first.precision : second.precision;
  return { text, start: first.start, end: second.end, precision };
}

/** True when the value is a problem rather than a parsed range. */
export function isDateProblem(value: DateRange | DateProblem): value is DateProblem {
  return 'kind' in value;
}

/** True when two ranges overlap once each is widened by `toleranceDays` on both sides. */
export function datesCompatible(a: DateRange, b: DateRange, toleranceDays: number): boolean {
  return a.start - toleranceDays <= b.end && b.start - toleranceDays <= a.end;
}
