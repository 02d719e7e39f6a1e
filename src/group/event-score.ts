import {
  EVENT_JOIN,
  EVENT_JOIN_UNDATED,
  EVENT_JOIN_WITHOUT_PLACE,
  EVENT_WEIGHTS,
  PLACE_NAMED_IN_TITLE,
  PLACE_VETO,
  TITLE_EXTRA_PENALTY,
} from '../check/thresholds.js';
import { containmentScore, overlapTokens, type WeightedToken } from '../normalise/weighted-match.js';
import { withoutNames, type EventFeatures } from './event-features.js';
import { placeInTitle, placeScore } from './place-score.js';

/** How alike two reports are, part by part, and what the pair needs to join. */
export interface PairScore {
  place?: number;
  title: number;
  actors?: number;
  /** The parts' weighted mean over the parts both reports have. */
  score: number;
  /** The score this pair must reach. */
  threshold: number;
  /** Why the pair cannot join whatever its score, if so. */
  veto?: string;
}

// How much of one token set the other covers, forgiving the longer side's extra words by `extraPenalty`.
function tokenSetScore(a: readonly WeightedToken[], b: readonly WeightedToken[], extraPenalty: number): number {
  if (a.length === 0 || b.length === 0) return 0;
  return containmentScore(overlapTokens(a, b), extraPenalty);
}

/**
 * Scores two reports with compatible dates: places (the strongest evidence, with a veto when they clearly
 * differ), titles (without the place's own names, which the place already counts) and actors, each a weighted
 * token overlap after aliases, where rare words count most. Reports that share only a place and a date (no
 * title word, no actor) are kept apart.
 */
export function scorePair(a: EventFeatures, b: EventFeatures): PairScore {
  let place = a.place && b.place ? placeScore(a.place, b.place) : undefined;
  let titleA = a.title;
  let titleB = b.title;
  // One report gives no place: its title may still name the other's, and then that counts as a place match.
  if (place === undefined && (a.place || b.place)) {
    const [placed, other] = a.place ? [a, b] : [b, a];
    const named = placed.place ? placeInTitle(placed.place, other.fullTitle) : 0;
    if (named >= PLACE_NAMED_IN_TITLE) place = named;
    // The place the title names is counted as place, not again as title.
    const names = placed.place ? [...placed.place.head, ...placed.place.tail].map((t) => t.token) : [];
    const kept = new Set(withoutNames(other.title.map((t) => t.token), names));
    const stripped = other.title.filter((t) => kept.has(t.token));
    if (a.place) titleB = stripped;
    else titleA = stripped;
  }
  const title = tokenSetScore(titleA, titleB, TITLE_EXTRA_PENALTY);
  const actors = a.actors.length > 0 && b.actors.length > 0 ? tokenSetScore(a.actors, b.actors, TITLE_EXTRA_PENALTY) : undefined;
  let sum = EVENT_WEIGHTS.title * title;
  let weight = EVENT_WEIGHTS.title;
  if (place !== undefined) {
    sum += EVENT_WEIGHTS.place * place;
    weight += EVENT_WEIGHTS.place;
  }
  if (actors !== undefined) {
    sum += EVENT_WEIGHTS.actors * actors;
    weight += EVENT_WEIGHTS.actors;
  }
  const score = sum / weight;
  const undated = a.window.undated || b.window.undated;
  let threshold = place === undefined ? EVENT_JOIN_WITHOUT_PLACE : EVENT_JOIN;
  let veto: string | undefined;
  if (undated) {
    threshold = Math.max(threshold, EVENT_JOIN_UNDATED);
    if (place === undefined) veto = 'an undated event joins only when both places are known';
  }
  if (place !== undefined && place <= PLACE_VETO) veto = `places differ (${place.toFixed(2)} ≤ ${PLACE_VETO})`;
  // Two incidents can happen at one place on one day: a place and a date are not enough without a word of the
  // titles (place names out) or an actor in common.
  else if (title === 0 && !actors) veto = 'nothing in common but the place and the date';
  return { place, title, actors, score, threshold, veto };
}
