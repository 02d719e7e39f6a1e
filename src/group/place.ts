import { PLACE_FEATURE_WEIGHT } from '../check/thresholds.js';
import type { TokenWeights } from '../normalise/idf.js';
import type { Normaliser } from '../normalise/normaliser.js';
import { skeleton } from '../normalise/skeleton.js';
import { stemToken } from '../normalise/stem.js';
import { tokenId } from '../normalise/token-similarity.js';
import type { WeightedToken } from '../normalise/weighted-match.js';
import { PLACE_FEATURES, PLACE_FILLER, REGION_WORDS, STOP_WORDS } from '../normalise/word-lists.js';

/** A token of a place and how much it counts by its role (a feature word such as "road" counts little). */
export interface PlaceToken {
  token: string;
  factor: number;
}

/** A place as the grouping compares it. */
export interface PlaceFeatures {
  /** The place itself: tokens before the first comma and before a relation word ("X near Y"). */
  head: PlaceToken[];
  /** Where the place lies: the district, the province, the town it is near. */
  tail: PlaceToken[];
  /** The head names an area ("al-Qamishli countryside", "rural Derik"), not one spot in it. */
  region: boolean;
  /** The configured name the head is, when it is one (after aliases): two different ones are two places. */
  configured?: string;
  /** The head's name tokens (feature words and filler out), joined: "qasrdib", "khirbetamo". */
  headName: string;
  /** How many name tokens `headName` joins. */
  names: number;
  /** The consonant skeleton of `headName`. */
  headSkeleton: string;
}

/** A place with its tokens weighed for one corpus, ready to compare. */
export interface WeightedPlace {
  head: WeightedToken[];
  tail: WeightedToken[];
  region: boolean;
  configured?: string;
  headName: string;
  names: number;
  headSkeleton: string;
}

// Words that, after a name, introduce the place it is measured from: "Khirbet Amo near Qamishli".
const RELATION_WORDS = new Set(['near', 'outside', 'in', 'close', 'around', 'north', 'south', 'east', 'west', 'of']);

function addToken(list: PlaceToken[], token: string, factor: number): void {
  const known = list.find((t) => t.token === token);
  if (!known) list.push({ token, factor });
  else if (factor > known.factor) known.factor = factor;
}

/**
 * Splits a written place into its head (the place itself: the part before the first comma or semicolon, and
 * before a relation word that follows a name, "X near Y") and its tail (district, province, the town it is
 * near). A head written with an area word ("X countryside", "rural X", "X province") is a region.
 */
export function placeFeatures(place: string, normaliser: Normaliser): PlaceFeatures {
  const head: PlaceToken[] = [];
  const tail: PlaceToken[] = [];
  const names: string[] = [];
  let region = false;
  place.split(/[,;]/).forEach((segment, segmentIndex) => {
    let inHead = segmentIndex === 0;
    let sawName = false;
    for (const token of normaliser.name(segment)) {
      // Names are compared unstemmed; the word lists are matched by stem ("villages", "roads").
      const stem = stemToken(token);
      if (inHead && sawName && RELATION_WORDS.has(token)) inHead = false;
      if (inHead && REGION_WORDS.has(stem)) region = true;
      if (STOP_WORDS.has(stem) || PLACE_FILLER.has(stem)) continue;
      const feature = PLACE_FEATURES.has(stem);
      addToken(inHead ? head : tail, token, feature ? PLACE_FEATURE_WEIGHT : 1);
      if (inHead && !feature) {
        if (!names.includes(token)) names.push(token);
        sawName = true;
      }
    }
  });
  const headName = names.join('');
  const configured = names.length > 0 ? (normaliser.nameAliases.canonicalOf(head.map((t) => t.token)) ?? normaliser.nameAliases.canonicalOf(names)) : undefined;
  return { head, tail, region, ...(configured !== undefined ? { configured } : {}), headName, names: names.length, headSkeleton: skeleton(headName) };
}

/** Every token of a place, head and tail: what corpus word weights are counted over. */
export function placeTokens(place: PlaceFeatures): string[] {
  return [...place.head, ...place.tail].map((t) => t.token);
}

/**
 * The key a place word's rarity is counted under: its skeleton, so that a generic word is common in all its
 * spellings together (Tal, Tel, Til, Tell: "hill") and a rare spelling of it does not weigh like a rare name.
 */
export function placeWeightKey(token: string): string {
  return skeleton(token) || token;
}

/** Every token of a place, head and tail, as `placeWeightKey`s: what corpus word weights are counted over. */
export function placeWeightKeys(place: PlaceFeatures): string[] {
  return [...place.head, ...place.tail].map((t) => placeWeightKey(t.token));
}

/** Weighs a place's tokens: role factor × corpus rarity (counted by `placeWeightKey`). */
export function weighPlace(place: PlaceFeatures, weights: TokenWeights): WeightedPlace {
  const weigh = (tokens: PlaceToken[]) =>
    tokens.map(({ token, factor }) => ({ token, weight: factor * weights.weight(placeWeightKey(token)), id: tokenId(token) }));
  return {
    head: weigh(place.head),
    tail: weigh(place.tail),
    region: place.region,
    ...(place.configured !== undefined ? { configured: place.configured } : {}),
    headName: place.headName,
    names: place.names,
    headSkeleton: place.headSkeleton,
  };
}
