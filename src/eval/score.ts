import type { CheckResult } from '../check/result.js';
import { pairKey, reportKey, type Truth } from './truth.js';
import { placeClaims, placeDates, placeReports, type PlacedClaim, type PlacedReport } from './placement.js';
import { choose2, groupBy, pairScore, pairsDifferingInBoth, pairsSharing, type PairScore } from './pairs.js';

export type { PairScore } from './pairs.js';

/** How well a cross-check result matches the truth of its corpus. */
export interface Scores {
  /** Pairs of reports put in one event group, against pairs that report one true event. */
  grouping: PairScore;
  /** Pairs of claims on one topic in different positions (never on a `multi` topic), against the true ones. */
  contradictions: PairScore;
  /** Pairs of claims in one position of one topic from different origins, against the true ones. */
  agreements: PairScore;
  /** Pairs of reports in different positions of a date topic, against pairs whose written dates truly do not overlap. */
  dateConflicts: PairScore;
  /** Items of the truth the result lacks, and items of the result the truth does not know (both should be 0). */
  coverage: { claimsMissing: number; claimsUnknown: number; reportsMissing: number; reportsUnknown: number };
}

/**
 * Grouping: a pair of reports is predicted when the result puts both in one event group, and
 * expected when both report one true event.
 */
function scoreGrouping(placed: readonly PlacedReport[], truth: Truth): PairScore {
  const expected = pairsSharing(truth.reports, (r) => r.trueEvent);
  const predicted = pairsSharing(placed, (r) => r.group);
  const correct = pairsSharing(placed, (r) => `${r.group}\u0000${r.truth.trueEvent}`);
  return pairScore(expected, predicted, correct);
}

/**
 * Contradictions: a pair of claims is predicted when one (non-multi) topic of the result holds both
 * in different positions, and expected when both are on one true (non-multi) topic in different true positions.
 */
function scoreContradictions(placed: readonly PlacedClaim[], truth: Truth): PairScore {
  const multi = new Map(truth.topics.map((t) => [t.id, t.multi]));
  let expected = 0;
  for (const [topic, claims] of groupBy(truth.claims, (c) => c.topic)) {
    if (!multi.get(topic)) expected += choose2(claims.length) - pairsSharing(claims, (c) => c.position);
  }
  let predicted = 0;
  let correct = 0;
  for (const claims of groupBy(placed.filter((c) => !c.multi), (c) => c.topic).values()) {
    predicted += choose2(claims.length) - pairsSharing(claims, (c) => c.position);
    for (const [topic, cell] of groupBy(claims, (c) => c.truth.topic)) {
      if (!multi.get(topic)) correct += pairsDifferingInBoth(cell, (c) => c.position, (c) => c.truth.position);
    }
  }
  return pairScore(expected, predicted, correct);
}

/**
 * Agreements: a pair of claims is predicted when one position of one topic of the result holds both
 * and the result gives them different origins, and expected when both are in one true position of one
 * true topic with different true origins (reprints of one statement never agree with each other).
 */
function scoreAgreements(placed: readonly PlacedClaim[], truth: Truth): PairScore {
  let expected = 0;
  for (const claims of groupBy(truth.claims, (c) => `${c.topic}\u0000${c.position}`).values()) {
    expected += choose2(claims.length) - pairsSharing(claims, (c) => c.origin);
  }
  let predicted = 0;
  let correct = 0;
  for (const claims of groupBy(placed, (c) => c.position).values()) {
    predicted += choose2(claims.length) - pairsSharing(claims, (c) => c.origin);
    for (const cell of groupBy(claims, (c) => `${c.truth.topic}\u0000${c.truth.position}`).values()) {
      correct += pairsDifferingInBoth(cell, (c) => c.origin, (c) => c.truth.origin);
    }
  }
  return pairScore(expected, predicted, correct);
}

/**
 * Date conflicts: a pair of reports is predicted when a date topic of the result puts them in
 * different positions, and expected when both report one true event and their written dates do not overlap.
 */
function scoreDateConflicts(result: CheckResult, truth: Truth): PairScore {
  const expected = new Set(truth.dateConflicts.map(({ a, b }) => pairKey(reportKey(a), reportKey(b))));
  const byTopic = groupBy(placeDates(result, truth), ([, place]) => place.topic);
  const predicted = new Set<string>();
  for (const entries of byTopic.values()) {
    for (let i = 0; i < entries.length; i += 1) {
      for (let j = i + 1; j < entries.length; j += 1) {
        if (entries[i][1].position !== entries[j][1].position) predicted.add(pairKey(entries[i][0], entries[j][0]));
      }
    }
  }
  let correct = 0;
  for (const pair of predicted) if (expected.has(pair)) correct += 1;
  return pairScore(expected.size, predicted.size, correct);
}

/** Scores a cross-check result against the truth of the corpus it ran on (see each measure above). */
export function scoreCheck(result: CheckResult, truth: Truth): Scores {
  const reports = placeReports(result, truth);
  const { placed, unknown } = placeClaims(result, truth);
  return {
    grouping: scoreGrouping(reports.placed, truth),
    contradictions: scoreContradictions(placed, truth),
    agreements: scoreAgreements(placed, truth),
    dateConflicts: scoreDateConflicts(result, truth),
    coverage: {
      claimsMissing: truth.claims.length - placed.length,
      claimsUnknown: unknown,
      reportsMissing: truth.reports.length - reports.placed.length,
      reportsUnknown: reports.unknown,
    },
  };
}
