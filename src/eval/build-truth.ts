import { dayText } from './dates.js';
import type { ClaimFile } from '../model/claim-file.js';
import type { World } from './world.js';
import type { WrittenArticle } from './articles.js';
import { reportKey, type ReportTruth, type Truth, type TrueTopic } from './truth.js';

/** Pairs of reports of one true event whose written dates do not overlap: the date conflicts (contract §2.4). */
export function findDateConflicts(reports: readonly ReportTruth[], files: readonly ClaimFile[]): Truth['dateConflicts'] {
  const ranges = new Map<string, { start: number; end: number }>();
  for (const file of files) {
    for (const event of file.events) if (event.date) ranges.set(reportKey({ source: file.source.id, event: event.id }), event.date);
  }
  const byEvent = new Map<string, { key: string; report: ReportTruth; range?: { start: number; end: number } }[]>();
  for (const report of reports) {
    const key = reportKey(report);
    const list = byEvent.get(report.trueEvent) ?? [];
    list.push({ key, report, range: ranges.get(key) });
    byEvent.set(report.trueEvent, list);
  }
  const conflicts: Truth['dateConflicts'] = [];
  for (const list of byEvent.values()) {
    list.sort((x, y) => (x.key < y.key ? -1 : 1));
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const a = list[i].range;
        const b = list[j].range;
        if (a && b && (a.end < b.start || b.end < a.start)) {
          const { source, event } = list[i].report;
          conflicts.push({ a: { source, event }, b: { source: list[j].report.source, event: list[j].report.event } });
        }
      }
    }
  }
  return conflicts;
}

/** Gathers the truth of a generated corpus from its world and the articles written about it. */
export function buildTruth(seed: number, world: World, articles: readonly WrittenArticle[], files: readonly ClaimFile[]): Truth {
  const reports = articles.flatMap((a) => a.reports);
  const topics: TrueTopic[] = [
    ...world.events.flatMap((event) =>
      event.topics.map((t) => ({ id: t.id, family: t.family.id, event: event.id, multi: t.multi, positions: t.classes.map((c) => c.id) })),
    ),
    ...world.standing.map((t) => ({ id: t.id, family: t.family.id, multi: t.multi, positions: t.classes.map((c) => c.id) })),
  ];
  return {
    seed,
    events: world.events.map((event) => ({
      id: event.id,
      type: event.type.id,
      place: event.place.id,
      date: dayText(event.day),
      key: event.key,
      distractor: event.distractor,
    })),
    reports,
    claims: articles.flatMap((a) => a.claims),
    topics,
    dateConflicts: findDateConflicts(reports, files),
  };
}
