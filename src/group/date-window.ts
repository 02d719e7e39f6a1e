import type { DateWindow } from './event-features.js';

/** The window stretched by the tolerance at its day-precision ends: where candidates are looked for. */
export function searchWindow(window: DateWindow, toleranceDays: number): { start: number; end: number } {
  return {
    start: window.start - (window.startIsDay ? toleranceDays : 0),
    end: window.end + (window.endIsDay ? toleranceDays : 0),
  };
}

/**
 * True when two reports' dates are compatible: the ranges overlap, or the gap between them is at most
 * `toleranceDays` and both facing ends were written to the day ("2020-01-20" and "2020-01-21" with the
 * default tolerance of one day; "2020-01" and "2020-02-01" never). Undated windows only need to overlap.
 */
export function windowsCompatible(a: DateWindow, b: DateWindow, toleranceDays: number): boolean {
  const [early, late] = a.start <= b.start ? [a, b] : [b, a];
  const gap = late.start - early.end;
  if (gap <= 0) return true;
  if (a.undated || b.undated) return false;
  return early.endIsDay && late.startIsDay && gap <= toleranceDays;
}

/** True when two windows share a day, with no tolerance. */
export function windowsOverlap(a: DateWindow, b: DateWindow): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Days between two windows (0 when they share a day). */
export function daysApart(a: DateWindow, b: DateWindow): number {
  const [early, late] = a.start <= b.start ? [a, b] : [b, a];
  return Math.max(0, late.start - early.end);
}
