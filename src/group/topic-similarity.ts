import { TOPIC_EXTRA_PENALTY, TOPIC_PLACE_WEIGHT } from '../check/thresholds.js';
import type { TokenWeights } from '../normalise/idf.js';
import { isQuestionKind } from '../normalise/normaliser.js';
import { containmentScore, overlapTokens } from '../normalise/weighted-match.js';

/** An `about` as topic grouping compares it: its normalised text and its meaning-carrying tokens. */
export interface TopicKey {
  text: string;
  content: string[];
}

/** Tells words of place names from other words. */
export interface PlaceWords {
  has(token: string): boolean;
}

const NO_PLACES: PlaceWords = { has: () => false };

function kinds(tokens: readonly string[]): string[] {
  return tokens.filter(isQuestionKind);
}

/** The words of an `about` that say what is asked about: its content without the question words. */
export function topicWords(key: TopicKey): string[] {
  return key.content.filter((t) => !isQuestionKind(t));
}

/** How much a word weighs when two `about`s are matched: its rarity, less for words of place names. */
export function topicWordWeight(token: string, weights: TokenWeights, places: PlaceWords = NO_PLACES): number {
  return weights.weight(token) * (places.has(token) ? TOPIC_PLACE_WEIGHT : 1);
}

/**
 * How alike two `about`s are, in [0, 1]. Equal normalised texts score 1. Topics asking for different kinds of
 * answer ("number killed" vs "identity of the man killed") score 0. Otherwise the content tokens are matched
 * (transliterations and typos included), rare words weighing most, and a longer `about`'s extra words count
 * only by `TOPIC_EXTRA_PENALTY`: "joint patrols" meets "whether US and Russian forces conducted joint patrols",
 * while "number killed" and "number injured" share only the question word and stay apart. Words of the
 * corpus's place names (`places`) weigh `TOPIC_PLACE_WEIGHT` of their rarity, and two `about`s naming
 * places that do not match are different topics.
 */
export function topicSimilarity(a: TopicKey, b: TopicKey, weights: TokenWeights, places: PlaceWords = NO_PLACES): number {
  if (a.text === b.text) return 1;
  if (a.content.length === 0 || b.content.length === 0) return 0;
  const kindsA = kinds(a.content);
  const kindsB = kinds(b.content);
  if (kindsA.length > 0 && kindsB.length > 0 && !kindsA.some((k) => kindsB.includes(k))) return 0;
  // The question words only gate the match; the words that say what is asked about decide it.
  const wordsA = topicWords(a);
  const wordsB = topicWords(b);
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  // The place a question is about narrows it, but the same place on both sides says little about whether the
  // questions are one ("Russia negotiating a base at Qasir al-Dib" / "Russia withdrew from the Qesirdib base");
  // different places say they are not.
  const placesA = wordsA.filter((t) => places.has(t));
  const placesB = wordsB.filter((t) => places.has(t));
  const unit = (tokens: string[]) => tokens.map((token) => ({ token, weight: 1 }));
  const named = (own: string[], other: string[]) => overlapTokens(unit(own), unit(other)).matched > 0;
  if (placesA.length > 0 && placesB.length > 0 && !named(placesA, wordsB) && !named(placesB, wordsA)) return 0;
  const weigh = (tokens: string[]) => tokens.map((token) => ({ token, weight: topicWordWeight(token, weights, places) }));
  return containmentScore(overlapTokens(weigh(wordsA), weigh(wordsB)), TOPIC_EXTRA_PENALTY);
}
