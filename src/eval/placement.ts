import type { CheckResult, Topic } from '../check/result.js';
import { claimKey, reportKey, type ClaimTruth, type ReportTruth, type Truth } from './truth.js';

/** A claim where the result put it, with its truth. Topic and position ids are the result's, made unique. */
export interface PlacedClaim {
  truth: ClaimTruth;
  topic: string;
  position: string;
  /** The origin the result gives it. */
  origin: string;
  multi: boolean;
}

/** A report where the result put it, with its truth. */
export interface PlacedReport {
  truth: ReportTruth;
  group: string;
}

/** Where the result's date topics put each report: its group's date topic and the position in it. */
export type DatePlacement = Map<string, { topic: string; position: number }>;

/** True for the `date` topic the cross-check derives from reports' dates. */
export function isDateTopic(topic: Topic): boolean {
  return topic.dateTopic === true || topic.positions.some((p) => p.reports !== undefined);
}

/** Places every claim of the result that the truth knows (first placement wins); counts the ones it does not. */
export function placeClaims(result: CheckResult, truth: Truth): { placed: PlacedClaim[]; unknown: number } {
  const byKey = new Map(truth.claims.map((c) => [claimKey(c), c]));
  const seen = new Set<string>();
  const placed: PlacedClaim[] = [];
  let unknown = 0;
  const topics = [...result.events.flatMap((e) => e.topics), ...result.standing].filter((t) => !isDateTopic(t));
  topics.forEach((topic, t) => {
    topic.positions.forEach((position, p) => {
      for (const ref of position.claims ?? []) {
        const key = claimKey(ref);
        const claimTruth = byKey.get(key);
        if (!claimTruth) unknown += 1;
        else if (!seen.has(key)) {
          placed.push({ truth: claimTruth, topic: `${t}`, position: `${t}:${p}`, origin: ref.origin || ref.by, multi: topic.multi === true });
        }
        seen.add(key);
      }
    });
  });
  return { placed, unknown };
}

/** Places every report of the result that the truth knows (first placement wins); counts the ones it does not. */
export function placeReports(result: CheckResult, truth: Truth): { placed: PlacedReport[]; unknown: number } {
  const byKey = new Map(truth.reports.map((r) => [reportKey(r), r]));
  const seen = new Set<string>();
  const placed: PlacedReport[] = [];
  let unknown = 0;
  result.events.forEach((group, g) => {
    for (const ref of group.reports) {
      const key = reportKey(ref);
      const reportTruth = byKey.get(key);
      if (!reportTruth) unknown += 1;
      else if (!seen.has(key)) placed.push({ truth: reportTruth, group: `${g}` });
      seen.add(key);
    }
  });
  return { placed, unknown };
}

/** Where the date topics put each report the truth knows. */
export function placeDates(result: CheckResult, truth: Truth): DatePlacement {
  const known = new Set(truth.reports.map(reportKey));
  const placement: DatePlacement = new Map();
  result.events.forEach((group, g) => {
    group.topics.forEach((topic, t) => {
      if (!isDateTopic(topic)) return;
      topic.positions.forEach((position, p) => {
        for (const ref of position.reports ?? []) {
          const key = reportKey(ref);
          if (known.has(key) && !placement.has(key)) placement.set(key, { topic: `${g}:${t}`, position: p });
        }
      });
    });
  });
  return placement;
}
