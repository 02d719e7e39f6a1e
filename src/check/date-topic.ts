import { placeDates } from '../compare/date-positions.js';
import { topicStatus } from '../compare/status.js';
import type { ReportItem } from './items.js';
import { comparePositions } from './order.js';
import { reportRef } from './refs.js';
import type { Position, Topic } from './result.js';

function narrowest(reports: readonly ReportItem[]): ReportItem {
  const width = (r: ReportItem) => (r.event.date ? r.event.date.end - r.event.date.start : Infinity);
  return reports.reduce((best, r) => (width(r) < width(best) ? r : best));
}

/**
 * The `date` topic of an event group whose reports give dates that do not overlap (contract §2.4), or
 * undefined. A position's `says` is its most precise date (the first report giving it); its `origins` are the
 * distinct outlets giving that date (after aliases, as origins are compared).
 */
export function buildDateTopic(reports: readonly ReportItem[], outletKey: (outlet: string) => string): Topic | undefined {
  const placed = placeDates(reports);
  if (!placed) return undefined;
  const positions: Position[] = placed.positions.map((members) => ({
    says: narrowest(members).event.date?.text ?? '',
    origins: new Set(members.map((r) => outletKey(r.file.source.outlet))).size,
    hedged: false,
    reports: members.map(reportRef),
  }));
  positions.sort(comparePositions);
  return {
    about: 'date',
    status: topicStatus(positions.map((p) => p.origins), false),
    dateTopic: true,
    positions,
    ...(placed.spanning.length > 0 ? { spanning: placed.spanning.map(reportRef) } : {}),
  };
}
