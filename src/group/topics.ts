import type { ClaimItem } from '../check/items.js';
import {
  TOPIC_ALL_PAIRS_LIMIT,
  TOPIC_BLOCKING_KEYS,
  TOPIC_BOUND_MIN,
  TOPIC_EXTRA_PENALTY,
  TOPIC_JOIN,
  TOPIC_LINK_MIN,
} from '../check/thresholds.js';
import type { TokenWeights } from '../normalise/idf.js';
import { isQuestionKind, type Normaliser } from '../normalise/normaliser.js';
import { isCountAnswer } from '../compare/numbers.js';
import { crowdKey, pairWithinBucket } from './crowd-blocking.js';
import type { PlaceLexicon } from './place-lexicon.js';
import { matchBounds } from './topic-links.js';
import { topicSimilarity, topicWords, topicWordWeight, type PlaceWords, type TopicKey } from './topic-similarity.js';

const COUNT_KIND = '?count';

/** Claims on one topic. */
export interface TopicCluster {
  /** Ordered by source id, then claim id. */
  claims: ClaimItem[];
  /** The configuration declares the topic `multi`: its answers do not exclude each other. */
  multi: boolean;
}

/** What topic grouping needs of the corpus. */
export interface TopicContext {
  normaliser: Normaliser;
  /** Document frequencies of the words of every distinct `about` in the corpus. */
  weights: TokenWeights;
  /** The `multi` topics of the configuration, normalised. */
  multi: TopicKey[];
  /** The words of the corpus's place names (see `placeLexicon`). */
  places?: PlaceLexicon;
}

function keyOf(about: string, normaliser: Normaliser): TopicKey {
  const { text, content } = normaliser.normalise(about);
  return { text, content };
}

// The most two abouts of these total word weights can score, matching at most `most` of it (`topicSimilarity`
// is a containment score of its word match).
function scoreBound(most: number, totalA: number, totalB: number): number {
  const small = Math.min(totalA, totalB);
  const denominator = small + TOPIC_EXTRA_PENALTY * (Math.max(totalA, totalB) - small);
  return denominator > 0 ? most / denominator : 0;
}

// Bounds compared with a threshold allow for rounding: the bound and the score sum the same weights apart.
const ROUNDING = 1e-9;

/** Pairs of distinct abouts to score, and a bound of any pair's score. */
export interface TopicPairs {
  pairs: [number, number][];
  /** At least `topicSimilarity` of abouts i and j (i ≠ j): 1 when nothing better is known. */
  upper(i: number, j: number): number;
}

/**
 * Pairs (i < j) of distinct abouts worth scoring: all of them when very few; when few, every pair whose words
 * can match enough to join (the others score below `TOPIC_JOIN`), with a bound of every pair's score; else
 * those sharing one of their rarest words (and, among many sharing one, another word rare among them: see
 * `pairWithinBucket`).
 */
export function topicPairs(keys: readonly TopicKey[], weights: TokenWeights, places?: PlaceWords): TopicPairs {
  const unbounded = () => 1;
  if (keys.length < TOPIC_BOUND_MIN) {
    const pairs: [number, number][] = [];
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) pairs.push([i, j]);
    return { pairs, upper: unbounded };
  }
  if (keys.length > TOPIC_ALL_PAIRS_LIMIT) return { pairs: blockedPairs(keys, weights), upper: unbounded };
  const lists = keys.map(topicWords);
  const weigh = (token: string) => topicWordWeight(token, weights, places);
  const totals = lists.map((words) => words.reduce((sum, token) => sum + weigh(token), 0));
  // Pairs missing from the bounds match nothing and score 0.
  const bounds = new Map<number, number>();
  for (const { i, j, most } of matchBounds(lists, weigh)) bounds.set(i * keys.length + j, scoreBound(most, totals[i], totals[j]));
  const upper = (i: number, j: number) => bounds.get(Math.min(i, j) * keys.length + Math.max(i, j)) ?? 0;
  const pairs: [number, number][] = [];
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) if (upper(i, j) >= TOPIC_JOIN - ROUNDING) pairs.push([i, j]);
  }
  return { pairs, upper };
}

// Many abouts: pairs sharing one of their rarest words (and, among many sharing one, another word rare
// among them: see `pairWithinBucket`).
function blockedPairs(keys: readonly TopicKey[], weights: TokenWeights): [number, number][] {
  const pairs: [number, number][] = [];
  const buckets = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const rare = topicWords(key)
      .sort((x, y) => weights.frequency(x) - weights.frequency(y) || (x < y ? -1 : x > y ? 1 : 0))
      .slice(0, TOPIC_BLOCKING_KEYS);
    for (const token of rare) {
      const bucket = buckets.get(token) ?? [];
      bucket.push(i);
      buckets.set(token, bucket);
    }
  });
  const seen = new Set<number>();
  const words = (k: number) => [...new Set(topicWords(keys[k]).map(crowdKey))];
  for (const bucket of buckets.values()) {
    pairWithinBucket(
      bucket.length,
      () => bucket.length - 1,
      (p) => words(bucket[p]),
      (p, q) => {
        const id = bucket[p] * keys.length + bucket[q];
        if (seen.has(id)) return;
        seen.add(id);
        pairs.push([bucket[p], bucket[q]]);
      },
    );
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * Groups claims into topics (contract §2.2): claims whose `about`s are equal after normalisation share a
 * topic; distinct `about`s join when they score at least `TOPIC_JOIN`, best pairs first, and two clusters
 * merge only when every pair across them scores at least `TOPIC_LINK_MIN`. Clusters are ordered by first claim.
 */
export function groupTopics(claims: readonly ClaimItem[], context: TopicContext): TopicCluster[] {
  if (claims.length === 0) return [];
  const keyIndex = new Map<string, number>();
  const keys: TopicKey[] = [];
  const claimsByKey: ClaimItem[][] = [];
  for (const item of claims) {
    const key = keyOf(item.claim.about, context.normaliser);
    let k = keyIndex.get(key.text);
    if (k === undefined) {
      k = keys.length;
      keyIndex.set(key.text, k);
      keys.push(key);
      claimsByKey.push([]);
    }
    claimsByKey[k].push(item);
  }
  // An `about` without a question word asks for a count when every answer to it is one ("people killed": 3).
  keys.forEach((key, k) => {
    if (!key.content.some(isQuestionKind) && claimsByKey[k].every((item) => isCountAnswer(item.claim.says))) {
      keys[k] = { text: key.text, content: [...key.content, COUNT_KIND] };
    }
  });

  const scores = new Map<number, number>();
  const score = (i: number, j: number): number => {
    const id = Math.min(i, j) * keys.length + Math.max(i, j);
    let value = scores.get(id);
    if (value === undefined) {
      value = topicSimilarity(keys[i], keys[j], context.weights, context.places);
      scores.set(id, value);
    }
    return value;
  };
  const { pairs, upper } = topicPairs(keys, context.weights, context.places);
  // Whether abouts i and j score `threshold`, scored only when their bound allows it.
  const reaches = (i: number, j: number, threshold: number) => upper(i, j) >= threshold - ROUNDING && score(i, j) >= threshold;
  const links = pairs
    .map(([i, j]) => ({ i, j, score: score(i, j) }))
    .filter((link) => link.score >= TOPIC_JOIN)
    .sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);

  // group: complete-link merging over distinct abouts
  const clusterOf = keys.map((_, i) => i);
  const members = keys.map((_, i) => [i]);
  for (const { i, j } of links) {
    const ci = clusterOf[i];
    const cj = clusterOf[j];
    if (ci === cj) continue;
    const compatible = members[ci].every((x) => members[cj].every((y) => reaches(x, y, TOPIC_LINK_MIN)));
    if (!compatible) continue;
    for (const y of members[cj]) clusterOf[y] = ci;
    members[ci].push(...members[cj]);
    members[cj] = [];
  }

  const clusters: TopicCluster[] = [];
  members.forEach((keyIndices) => {
    if (keyIndices.length === 0) return;
    const items = keyIndices.flatMap((k) => claimsByKey[k]).sort((a, b) => a.index - b.index);
    const multi =
      context.multi.length > 0 &&
      keyIndices.some((k) => context.multi.some((m) => topicSimilarity(keys[k], m, context.weights, context.places) >= TOPIC_JOIN));
    clusters.push({ claims: items, multi });
  });
  return clusters.sort((a, b) => a.claims[0].index - b.claims[0].index);
}

/** Normalises the configuration's `multi` topic names for `groupTopics`. */
export function multiTopicKeys(topics: Readonly<Record<string, { multi?: boolean }>>, normaliser: Normaliser): TopicKey[] {
  return Object.entries(topics)
    .filter(([, settings]) => settings.multi === true)
    .map(([name]) => keyOf(name, normaliser));
}

