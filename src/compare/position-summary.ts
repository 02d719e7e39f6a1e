import type { AnswerClass } from './answer.js';

/**
 * What a position's answers are, as far as numbers, yes/no and dates go: enough to tell whether a count, a
 * boolean or a date agrees with all of them at once (without declared pairs, contract §2.3).
 */
export interface PositionSummary {
  ranges: number;
  minMin: number;
  maxMin: number;
  minMax: number;
  maxMax: number;
  trues: boolean;
  falses: boolean;
  dates: number;
  maxStart: number;
  minEnd: number;
  /** Answers of any other kind (texts, counts that are not numbers): nothing a count or date agrees with. */
  others: number;
}

export function emptySummary(): PositionSummary {
  return {
    ranges: 0,
    minMin: Infinity,
    maxMin: -Infinity,
    minMax: Infinity,
    maxMax: -Infinity,
    trues: false,
    falses: false,
    dates: 0,
    maxStart: -Infinity,
    minEnd: Infinity,
    others: 0,
  };
}

/** True for a count, boolean or date that agrees with others by the rule alone: no NaN in it. */
export function isSummarised(cls: AnswerClass): boolean {
  if (cls.kind === 'range') return !Number.isNaN(cls.min) && !Number.isNaN(cls.max);
  if (cls.kind === 'date') return !Number.isNaN(cls.start) && !Number.isNaN(cls.end);
  return cls.kind === 'boolean';
}

/** Adds an answer of the position to its summary. */
export function summarise(summary: PositionSummary, cls: AnswerClass): void {
  if (!isSummarised(cls)) summary.others += 1;
  else if (cls.kind === 'boolean') {
    if (cls.value) summary.trues = true;
    else summary.falses = true;
  } else if (cls.kind === 'range') {
    summary.ranges += 1;
    summary.minMin = Math.min(summary.minMin, cls.min);
    summary.maxMin = Math.max(summary.maxMin, cls.min);
    summary.minMax = Math.min(summary.minMax, cls.max);
    summary.maxMax = Math.max(summary.maxMax, cls.max);
  } else if (cls.kind === 'date') {
    summary.dates += 1;
    summary.maxStart = Math.max(summary.maxStart, cls.start);
    summary.minEnd = Math.min(summary.minEnd, cls.end);
  }
}

/**
 * Whether a summarised answer (`isSummarised`) that no declared pair names agrees with every answer of the
 * position, by the rule of compatible.ts: ranges agree when they overlap, so one range overlaps them all when it
 * starts no later than the earliest end and ends no earlier than the latest start; a count agrees with `true`
 * when at least 1 and with `false` when 0; booleans when equal; dates when they overlap.
 */
export function fitsSummary(cls: AnswerClass, s: PositionSummary): boolean {
  if (s.others > 0) return false;
  if (cls.kind === 'date') return s.ranges === 0 && !s.trues && !s.falses && cls.start <= s.minEnd && cls.end >= s.maxStart;
  if (s.dates > 0) return false;
  if (cls.kind === 'range') {
    if (s.ranges > 0 && !(cls.min <= s.minMax && cls.max >= s.maxMin)) return false;
    return (!s.trues || cls.min >= 1) && (!s.falses || cls.max === 0);
  }
  if (cls.kind === 'boolean') {
    if (cls.value ? s.falses : s.trues) return false;
    return s.ranges === 0 || (cls.value ? s.minMin >= 1 : s.minMax === 0 && s.maxMax === 0);
  }
  return false;
}
