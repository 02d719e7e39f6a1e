import { JOINED_NAME_MATCH, PLACE_CONTAINED, PLACE_HEAD_INSIDE } from '../check/thresholds.js';
import { tokenSimilarity } from '../normalise/token-similarity.js';
import { diceScore, overlapTokens, type TokenOverlap, type WeightedToken } from '../normalise/weighted-match.js';
import type { WeightedPlace } from './place.js';

// Heads compared written together, when one writes as one word what the other writes as several ("Qesirdib" /
// "Qasr al-Dib"): only the same long skeleton with fitting vowels or a near-identical spelling counts, since
// long names that share a prefix ("Khirbet Amo" / "Khirbet Ammar") are alike letter by letter.
function joinedNameScore(a: WeightedPlace, b: WeightedPlace): number {
  if (a.headName === '' || b.headName === '' || a.names === b.names) return 0;
  const score = tokenSimilarity(a.headName, b.headName);
  return score >= JOINED_NAME_MATCH ? score : 0;
}

// How much of the lighter side the other covers, in [0, 1].
function lighterCovered(overlap: TokenOverlap): number {
  if (overlap.totalA === 0 || overlap.totalB === 0) return 0;
  return overlap.totalA <= overlap.totalB ? overlap.matchedA / overlap.totalA : overlap.matchedB / overlap.totalB;
}

function headScore(a: WeightedPlace, b: WeightedPlace): number {
  if (a.configured !== undefined && b.configured !== undefined) return a.configured === b.configured ? 1 : 0;
  if (a.head.length === 0 || b.head.length === 0) return 0;
  const overlap = overlapTokens(a.head, b.head);
  // One head inside the other with a word more ("Qasr al-Dib" / "Qasr al-Dib base") still points at one spot.
  const inside = lighterCovered(overlap);
  const contained = inside >= PLACE_HEAD_INSIDE ? PLACE_CONTAINED * inside : 0;
  return Math.min(1, Math.max(diceScore(overlap), contained, joinedNameScore(a, b)));
}

// A region against a place: how much of the region's name the place's head or tail names.
function regionScore(region: WeightedPlace, place: WeightedPlace): number {
  if (region.head.length === 0) return 0;
  const overlap = overlapTokens(region.head, [...place.head, ...place.tail]);
  return overlap.totalA === 0 ? 0 : (PLACE_CONTAINED * overlap.matchedA) / overlap.totalA;
}

/**
 * How well two places match, in [0, 1]. Heads decide: two configured names are the same place only when they
 * are one name; otherwise their tokens are matched (rare names count, transliterations meet) and also compared
 * written together ("Qesirdib" / "Qasr al-Dib"). A tail never stands for a head: "Tal Roman, Tal Tamr
 * countryside" is not in Tal Tamr. A region ("al-Qamishli countryside") scores `PLACE_CONTAINED` against a
 * place that lies in it.
 */
export function placeScore(a: WeightedPlace, b: WeightedPlace): number {
  if (a.region !== b.region) return a.region ? regionScore(a, b) : regionScore(b, a);
  return headScore(a, b);
}

/**
 * When only one report gives a place: how much of that place's head the other report's title names
 * ("Khirbet Amo" in "Clash in Khirbat Ammu"), in [0, 1].
 */
export function placeInTitle(place: WeightedPlace, title: readonly WeightedToken[]): number {
  if (place.head.length === 0 || title.length === 0) return 0;
  const overlap = overlapTokens(place.head, title);
  return overlap.totalA === 0 ? 0 : overlap.matchedA / overlap.totalA;
}
