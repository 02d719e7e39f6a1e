import type { ReportItem } from '../check/items.js';
import { NEAR_MISS_EXTRA_DAYS, NEAR_MISS_MARGIN } from '../check/thresholds.js';
import type { Normaliser } from '../normalise/normaliser.js';
import { candidatePairs } from './candidates.js';
import { daysApart, searchWindow, windowsCompatible, windowsOverlap } from './date-window.js';
import { eventFeatures } from './event-features.js';
import { scorePair, type PairScore } from './event-score.js';
import { ConstrainedUnionFind, type UnionRefusal } from './union-find.js';

/** Why two reports were, or almost were, put in one group. */
export interface PairDecision {
  a: number;
  b: number;
  basis: 'key' | 'similar' | 'near-miss';
  joined: boolean;
  /** The two dates share a day (without tolerance). */
  dateOverlap: boolean;
  score?: PairScore;
  note: string;
}

/** Reports grouped into events. */
export interface EventGrouping {
  /** Each group as report indices, ascending; groups ordered by their first report. */
  groups: number[][];
  /** With `explain`: every join and every near miss between different groups. */
  decisions: PairDecision[];
  /** Pairs whose dates and scores were compared: far fewer than all pairs. */
  comparisons: number;
}

/** How event grouping runs. */
export interface EventGroupingOptions {
  toleranceDays: number;
  explain: boolean;
}

const REFUSALS: Record<UnionRefusal, string> = {
  'different-keys': 'their groups have different keys',
  'same-article': 'one article already has an event in the other group; its events are different events',
  'no-common-day': 'the two groups together would have no day that all their dates allow',
};

const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;

function describe(score: PairScore): string {
  const parts = [
    score.place === undefined ? undefined : `place ${score.place.toFixed(2)}`,
    `title ${score.title.toFixed(2)}`,
    score.actors === undefined ? undefined : `actors ${score.actors.toFixed(2)}`,
  ].filter(Boolean);
  return `${parts.join(', ')} → ${score.score.toFixed(2)}`;
}

/**
 * Groups reports of one event across articles (contract §2.1). Reports sharing a key join first. Then
 * candidate pairs (see `candidatePairs`) of different articles with compatible dates are scored (see
 * `scorePair`) and joined best first, transitively, except that a union never brings two different keys or
 * two events of one article into one group (the researcher recorded them as different events), nor reports
 * whose dates, each stretched by the tolerance, share no day (one event happened on one day: a chain of
 * reports a day apart each, or a month-wide date, must not join events a week apart).
 * With `explain`, pairs whose dates fail the tolerance by up to `NEAR_MISS_EXTRA_DAYS` but whose places and
 * titles match are near misses too, noted with how many days apart they are.
 * An undated event is looked for among events of the month before its article's publication, and joins only
 * with a place on both sides and a score of at least `EVENT_JOIN_UNDATED`.
 */
export function groupEvents(reports: readonly ReportItem[], normaliser: Normaliser, options: EventGroupingOptions): EventGrouping {
  const features = eventFeatures(reports, normaliser);
  const sets = new ConstrainedUnionFind(
    reports.map((r) => r.event.key),
    reports.map((r) => r.file.file),
    features.map((f) => (f.window.undated ? { start: -Infinity, end: Infinity } : searchWindow(f.window, options.toleranceDays))),
  );
  const decisions: PairDecision[] = [];
  const overlap = (a: number, b: number) => windowsOverlap(features[a].window, features[b].window) && !features[a].window.undated && !features[b].window.undated;

  // group: explicit keys
  const firstWithKey = new Map<string, number>();
  for (const report of reports) {
    const key = report.event.key;
    if (key === undefined) continue;
    const first = firstWithKey.get(key);
    if (first === undefined) {
      firstWithKey.set(key, report.index);
      continue;
    }
    sets.union(first, report.index, false);
    if (options.explain) {
      decisions.push({ a: first, b: report.index, basis: 'key', joined: true, dateOverlap: overlap(first, report.index), note: `same key "${key}"` });
    }
  }

  // How two reports' dates sit, for the notes: "dates overlap" or "dates 1 day apart (tolerance 1)".
  const dateNote = (a: number, b: number): string => {
    if (features[a].window.undated || features[b].window.undated) return 'one report undated';
    const apart = daysApart(features[a].window, features[b].window);
    return apart === 0 ? 'dates overlap' : `dates ${days(apart)} apart (tolerance ${options.toleranceDays})`;
  };

  // group: similar reports on compatible dates
  // With `explain`, candidates are looked for a few days further, to report pairs that fail only on the date.
  const pairs = candidatePairs(features, options.toleranceDays + (options.explain ? NEAR_MISS_EXTRA_DAYS : 0));
  const joins: { a: number; b: number; score: PairScore }[] = [];
  const nearMisses: PairDecision[] = [];
  let comparisons = 0;
  for (const [a, b] of pairs) {
    if (!windowsCompatible(features[a].window, features[b].window, options.toleranceDays)) {
      if (options.explain && windowsCompatible(features[a].window, features[b].window, options.toleranceDays + NEAR_MISS_EXTRA_DAYS)) {
        const score = scorePair(features[a], features[b]);
        if (score.veto === undefined && score.score >= score.threshold) {
          const apart = daysApart(features[a].window, features[b].window);
          const note = `dates ${days(apart)} apart; tolerance ${options.toleranceDays} (${describe(score)} ≥ ${score.threshold.toFixed(2)})`;
          nearMisses.push({ a, b, basis: 'near-miss', joined: false, dateOverlap: false, score, note });
        }
      }
      continue;
    }
    comparisons += 1;
    const score = scorePair(features[a], features[b]);
    if (score.veto === undefined && score.score >= score.threshold) {
      joins.push({ a, b, score });
    } else if (options.explain && (score.score >= score.threshold - NEAR_MISS_MARGIN || (score.veto !== undefined && score.title >= score.threshold))) {
      // A near miss: close below the threshold, or titles alike enough for one event but vetoed (places differ).
      const note = `${dateNote(a, b)}; ${score.veto ?? `${describe(score)} < ${score.threshold.toFixed(2)}`}`;
      nearMisses.push({ a, b, basis: 'near-miss', joined: false, dateOverlap: overlap(a, b), score, note });
    }
  }
  joins.sort((x, y) => y.score.score - x.score.score || x.a - y.a || x.b - y.b);
  for (const { a, b, score } of joins) {
    // A pair already in one group adds nothing to explain.
    if (sets.find(a) === sets.find(b)) continue;
    const refusal = sets.union(a, b, true);
    if (!options.explain) continue;
    if (refusal) {
      nearMisses.push({ a, b, basis: 'near-miss', joined: false, dateOverlap: overlap(a, b), score, note: `${describe(score)}, but ${REFUSALS[refusal]}` });
    } else {
      decisions.push({ a, b, basis: 'similar', joined: true, dateOverlap: overlap(a, b), score, note: `${dateNote(a, b)}; ${describe(score)} ≥ ${score.threshold.toFixed(2)}` });
    }
  }
  for (const miss of nearMisses) if (sets.find(miss.a) !== sets.find(miss.b)) decisions.push(miss);
  return { groups: sets.sets(), decisions, comparisons };
}
