import type { EventGrouping, PairDecision } from '../group/events.js';
import type { DateRange } from '../model/claim-date.js';
import { assignGroupIds } from './group-ids.js';
import { compareText, type ReportItem } from './items.js';
import { reportRef } from './refs.js';
import type { EventGroup, GroupingReason } from './result.js';

/** A group of reports before its claim topics are attached. */
export interface GroupDraft {
  reports: ReportItem[];
  group: Omit<EventGroup, 'topics'>;
  dateRange?: DateRange;
}

function earliest(reports: readonly ReportItem[]): ReportItem {
  return [...reports].sort(
    (a, b) =>
      a.file.source.published.start - b.file.source.published.start ||
      a.file.source.published.end - b.file.source.published.end ||
      compareText(a.file.source.id, b.file.source.id) ||
      compareText(a.event.id, b.event.id),
  )[0];
}

// The date most reports give; ties go to the earliest.
function groupDate(reports: readonly ReportItem[]): DateRange | undefined {
  const counts = new Map<string, { range: DateRange; count: number }>();
  for (const { event } of reports) {
    if (!event.date) continue;
    const entry = counts.get(event.date.text) ?? { range: event.date, count: 0 };
    entry.count += 1;
    counts.set(event.date.text, entry);
  }
  const ranked = [...counts.values()].sort(
    (a, b) => b.count - a.count || a.range.start - b.range.start || a.range.end - b.range.end || compareText(a.range.text, b.range.text),
  );
  return ranked[0]?.range;
}

function reason(decision: PairDecision, reports: readonly ReportItem[]): GroupingReason {
  const side = (i: number) => ({ source: reports[i].file.source.id, event: reports[i].event.id });
  const { score } = decision;
  return {
    a: side(decision.a),
    b: side(decision.b),
    joined: decision.joined,
    basis: decision.basis,
    dateOverlap: decision.dateOverlap,
    ...(score?.place !== undefined ? { placeScore: round(score.place) } : {}),
    ...(score ? { titleScore: round(score.title) } : {}),
    ...(score?.actors !== undefined ? { actorScore: round(score.actors) } : {}),
    ...(score ? { score: round(score.score) } : {}),
    note: decision.note,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Turns report groups into output groups (contract §3.1): reports in order, date (the most common, ties the
 * earliest), title and place of the earliest report, the explanations when asked for, and unique ids;
 * ordered by date (undated last), then id.
 */
export function draftGroups(grouping: EventGrouping, reports: readonly ReportItem[], explain: boolean): GroupDraft[] {
  const groupOf = new Int32Array(reports.length);
  grouping.groups.forEach((members, g) => members.forEach((i) => (groupOf[i] = g)));
  const reasons: GroupingReason[][] = grouping.groups.map(() => []);
  if (explain) {
    for (const decision of grouping.decisions) {
      const ga = groupOf[decision.a];
      const gb = groupOf[decision.b];
      reasons[ga].push(reason(decision, reports));
      if (gb !== ga) reasons[gb].push(reason(decision, reports));
    }
  }
  const drafts = grouping.groups.map((members, g) => {
    const items = members.map((i) => reports[i]);
    const first = earliest(items);
    const dateRange = groupDate(items);
    return {
      items,
      key: items.find((r) => r.event.key !== undefined)?.event.key,
      first,
      dateRange,
      reasons: reasons[g],
    };
  });
  const byDate = (a: DateRange | undefined, b: DateRange | undefined): number => {
    if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
    return a.start - b.start || a.end - b.end;
  };
  // Ids are assigned in a stable order so that "-2" goes to the same group on every run.
  drafts.sort((a, b) => byDate(a.dateRange, b.dateRange) || a.items[0].index - b.items[0].index);
  const ids = assignGroupIds(drafts.map((d) => ({ key: d.key, date: d.dateRange?.text, title: d.first.event.title })));
  const result: GroupDraft[] = drafts.map((d, k) => ({
    reports: d.items,
    dateRange: d.dateRange,
    group: {
      id: ids[k],
      title: d.first.event.title,
      ...(d.dateRange ? { date: d.dateRange.text } : {}),
      ...(d.first.event.place !== undefined ? { place: d.first.event.place } : {}),
      reports: d.items.map(reportRef),
      ...(explain ? { explain: d.reasons } : {}),
    },
  }));
  return result.sort((a, b) => byDate(a.dateRange, b.dateRange) || compareText(a.group.id, b.group.id));
}
