import type { ReportItem } from '../check/items.js';

/** The reports of one event group placed by the dates they give (contract §2.4). */
export interface DatePositions {
  /** Reports giving dates that agree, one list per position, each ordered by report; at least two lists. */
  positions: ReportItem[][];
  /**
   * Reports whose coarser date (a month, an interval) contains dates of several positions: they contradict
   * none of them, so they are in no position.
   */
  spanning: ReportItem[];
}

function width(report: ReportItem): number {
  const date = report.event.date;
  return date ? date.end - date.start : Infinity;
}

function overlaps(a: ReportItem, b: ReportItem): boolean {
  const x = a.event.date;
  const y = b.event.date;
  return x !== undefined && y !== undefined && x.start <= y.end && y.start <= x.end;
}

/**
 * Places a group's dated reports by date when some of their dates do not overlap (no tolerance), else returns
 * undefined (no date topic). The most precise dates are placed first; a report joins the position whose every
 * date it overlaps, opens a new one when it overlaps none in full, and is `spanning` when it fits several
 * (a month-precision date beside two different days of that month contradicts neither).
 */
export function placeDates(reports: readonly ReportItem[]): DatePositions | undefined {
  const dated = reports.filter((r) => r.event.date !== undefined);
  if (dated.length < 2) return undefined;
  // Ranges on a line overlap pairwise exactly when the latest start is no later than the earliest end.
  const latestStart = Math.max(...dated.map((r) => r.event.date?.start ?? -Infinity));
  const earliestEnd = Math.min(...dated.map((r) => r.event.date?.end ?? Infinity));
  if (latestStart <= earliestEnd) return undefined;
  const ordered = [...dated].sort((a, b) => width(a) - width(b) || a.index - b.index);
  const positions: ReportItem[][] = [];
  const spanning: ReportItem[] = [];
  for (const report of ordered) {
    const fits = positions.filter((members) => members.every((member) => overlaps(member, report)));
    if (fits.length === 1) fits[0].push(report);
    else if (fits.length === 0) positions.push([report]);
    else spanning.push(report);
  }
  for (const members of positions) members.sort((a, b) => a.index - b.index);
  spanning.sort((a, b) => a.index - b.index);
  return { positions, spanning };
}
