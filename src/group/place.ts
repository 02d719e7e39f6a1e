import { JOINED_NAME_MATCH, PLACE_CONTAINED, PLACE_FEATURE_WEIGHT, PLACE_TAIL_WEIGHT } from '../check/thresholds.js';
import type { TokenWeights } from '../normalise/idf.js';
import type { Normaliser } from '../normalise/normaliser.js';
import { similarity } from '../normalise/similarity.js';
import { skeleton } from '../normalise/skeleton.js';
import { diceScore, overlapTokens, type WeightedToken } from '../normalise/weighted-match.js';
import { PLACE_FEATURES, PLACE_FILLER, STOP_WORDS } from '../normalise/word-lists.js';

/** A place as the grouping compares it. */
export interface PlaceFeatures {
  /** Distinct name tokens with their structural weight (head 1, tail less, feature words less still). */
  tokens: { token: string; factor: number }[];
  /** The head's name tokens (feature words and filler out), joined: "qasrdib", "khirbetamo". */
  headName: string;
  /** The consonant skeleton of `headName`. */
  headSkeleton: string;
}

/** A place with its tokens weighed for one corpus, ready to compare. */
export interface WeightedPlace {
  tokens: WeightedToken[];
  /** The head's name tokens only. */
  head: WeightedToken[];
  headName: string;
  headSkeleton: string;
}

// Words that, after a name, introduce the place it is measured from: "Khirbet Amo near Qamishli".
const RELATION_WORDS = new Set(['near', 'outside', 'in', 'close', 'around', 'north', 'south', 'east', 'west', 'of']);

/**
 * Splits a written place into name tokens. The head is the part before the first comma or semicolon, and before
 * a relation word that follows a name ("X near Y"); the rest (district, province) is the tail.
 */
export function placeFeatures(place: string, normaliser: Normaliser): PlaceFeatures {
  const factors = new Map<string, number>();
  const head: string[] = [];
  place.split(/[,;]/).forEach((segment, segmentIndex) => {
    let inHead = segmentIndex === 0;
    let sawName = false;
    for (const token of normaliser.normalise(segment).tokens) {
      if (inHead && sawName && RELATION_WORDS.has(token)) inHead = false;
      if (STOP_WORDS.has(token) || PLACE_FILLER.has(token)) continue;
      const feature = PLACE_FEATURES.has(token);
      const factor = (inHead ? 1 : PLACE_TAIL_WEIGHT) * (feature ? PLACE_FEATURE_WEIGHT : 1);
      if (factor > (factors.get(token) ?? 0)) factors.set(token, factor);
      if (inHead && !feature) {
        if (!head.includes(token)) head.push(token);
        sawName = true;
      }
    }
  });
  const headName = head.join('');
  return { tokens: [...factors].map(([token, factor]) => ({ token, factor })), headName, headSkeleton: skeleton(headName) };
}

// Heads compared written together: only the same skeleton or a near-identical spelling counts, since long
// names that share a prefix ("Khirbet Amo" / "Khirbet Ammar") are alike letter by letter.
function joinedNameScore(a: WeightedPlace, b: WeightedPlace): number {
  if (a.headName === b.headName) return 1;
  // A short skeleton ("m" of Amo, Ma, Umm) says too little on its own.
  if (a.headSkeleton === b.headSkeleton && a.headSkeleton.length >= 3) return JOINED_NAME_MATCH;
  const letters = similarity(a.headName, b.headName);
  return letters >= JOINED_NAME_MATCH ? letters : 0;
}

/** Weighs a place's tokens: structural factor × corpus rarity. */
export function weighPlace(place: PlaceFeatures, weights: TokenWeights): WeightedPlace {
  const tokens = place.tokens.map(({ token, factor }) => ({ token, weight: factor * weights.weight(token) }));
  return {
    tokens,
    head: tokens.filter((_, i) => place.tokens[i].factor === 1),
    headName: place.headName,
    headSkeleton: place.headSkeleton,
  };
}

/**
 * How well two places match, in [0, 1]: the weighted overlap of their tokens (rare names count, a shared
 * province does not); a place fully contained in the other (a region for a village) scores `PLACE_CONTAINED`;
 * heads written as one word or several ("Qesirdib" / "Qasr al-Dib") are also compared joined up.
 */
export function placeScore(a: WeightedPlace, b: WeightedPlace): number {
  const overlap = overlapTokens(a.tokens, b.tokens);
  let score = diceScore(overlap);
  const lighter = overlap.totalA <= overlap.totalB ? overlap.matchedA / overlap.totalA : overlap.matchedB / overlap.totalB;
  if (Number.isFinite(lighter)) score = Math.max(score, PLACE_CONTAINED * lighter);
  if (a.headName !== '' && b.headName !== '') score = Math.max(score, joinedNameScore(a, b));
  return Math.min(1, score);
}

/**
 * When only one report gives a place: how much of that place's head the other report's title names
 * ("Khirbet Amo" in "Clash in Khirbat Ammu"), in [0, 1].
 */
export function placeInTitle(place: WeightedPlace, title: readonly WeightedToken[]): number {
  if (place.head.length === 0 || title.length === 0) return 0;
  const overlap = overlapTokens(place.head, title);
  return overlap.matchedA / overlap.totalA;
}
