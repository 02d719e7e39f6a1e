import { TOKEN_MATCH } from '../check/thresholds.js';
import { similarityOfIds, tokenSimilarity } from './token-similarity.js';

/** A token and how much it counts in a comparison. */
export interface WeightedToken {
  token: string;
  weight: number;
  /** The token's `tokenId`, when it was stored to spare the look-up. */
  id?: number;
}

function similarityOf(a: WeightedToken, b: WeightedToken): number {
  return a.id !== undefined && b.id !== undefined ? similarityOfIds(a.token, a.id, b.token, b.id) : tokenSimilarity(a.token, b.token);
}

/** How two weighted token sets overlap: the matched weight and each side's total. */
export interface TokenOverlap {
  /** Sum over matched pairs of similarity × the pair's mean weight. */
  matched: number;
  totalA: number;
  totalB: number;
  /** Matched weight counted on each side's own weights, for containment. */
  matchedA: number;
  matchedB: number;
}

function total(tokens: readonly WeightedToken[]): number {
  let sum = 0;
  for (const t of tokens) sum += t.weight;
  return sum;
}

// The matching so far: which tokens of each side are taken, and the weight matched.
class Matching {
  readonly usedA: boolean[];
  readonly usedB: boolean[];
  matched = 0;
  matchedA = 0;
  matchedB = 0;

  constructor(lengthA: number, lengthB: number) {
    this.usedA = new Array<boolean>(lengthA).fill(false);
    this.usedB = new Array<boolean>(lengthB).fill(false);
  }

  /** Takes tokens `ia` of side A and `ib` of side B as one word, alike by `sim`, of these weights. */
  take(ia: number[], weightA: number, ib: number[], weightB: number, sim: number): void {
    for (const i of ia) this.usedA[i] = true;
    for (const j of ib) this.usedB[j] = true;
    this.matched += (sim * (weightA + weightB)) / 2;
    this.matchedA += sim * weightA;
    this.matchedB += sim * weightB;
  }
}

/** Two adjacent tokens written together are compared with a token only when about as long: this many letters apart at most. */
export const JOINED_LENGTH_SLACK = 3;

// A token left over on one side against two adjacent ones left over on the other, written together:
// "Qesirdib" / "Qasr (al-)Dib".
function matchJoined(one: readonly WeightedToken[], two: readonly WeightedToken[], m: Matching, oneIsA: boolean): void {
  const [usedOne, usedTwo] = oneIsA ? [m.usedA, m.usedB] : [m.usedB, m.usedA];
  for (let i = 0; i < one.length; i++) {
    if (usedOne[i]) continue;
    for (let j = 0; j + 1 < two.length; j++) {
      if (usedTwo[j] || usedTwo[j + 1]) continue;
      // Written together, the two are about as long as the one (a vowel more or less in each).
      if (Math.abs(two[j].token.length + two[j + 1].token.length - one[i].token.length) > JOINED_LENGTH_SLACK) continue;
      const sim = tokenSimilarity(one[i].token, two[j].token + two[j + 1].token);
      if (sim < TOKEN_MATCH) continue;
      const pairWeight = two[j].weight + two[j + 1].weight;
      if (oneIsA) m.take([i], one[i].weight, [j, j + 1], pairWeight, sim);
      else m.take([j, j + 1], pairWeight, [i], one[i].weight, sim);
      break;
    }
  }
}

/**
 * Matches two token sets one to one: equal tokens first, then the most similar remaining pairs
 * (transliterations, typos) at or above `TOKEN_MATCH`, best first, ties in input order; last, a token left
 * over on one side against two adjacent ones left over on the other, written together.
 */
export function overlapTokens(a: readonly WeightedToken[], b: readonly WeightedToken[]): TokenOverlap {
  const m = new Matching(a.length, b.length);
  for (let i = 0; i < a.length; i++) {
    const j = b.findIndex((t, k) => !m.usedB[k] && t.token === a[i].token);
    if (j >= 0) m.take([i], a[i].weight, [j], b[j].weight, 1);
  }
  const fuzzy: { i: number; j: number; sim: number }[] = [];
  for (let i = 0; i < a.length; i++) {
    if (m.usedA[i]) continue;
    for (let j = 0; j < b.length; j++) {
      if (m.usedB[j]) continue;
      const sim = similarityOf(a[i], b[j]);
      if (sim >= TOKEN_MATCH) fuzzy.push({ i, j, sim });
    }
  }
  fuzzy.sort((x, y) => y.sim - x.sim || x.i - y.i || x.j - y.j);
  for (const { i, j, sim } of fuzzy) {
    if (!m.usedA[i] && !m.usedB[j]) m.take([i], a[i].weight, [j], b[j].weight, sim);
  }
  if (m.usedA.includes(false) && m.usedB.includes(false)) {
    matchJoined(a, b, m, true);
    matchJoined(b, a, m, false);
  }
  return { matched: m.matched, totalA: total(a), totalB: total(b), matchedA: m.matchedA, matchedB: m.matchedB };
}

/** Symmetric overlap score: matched weight over the mean of both totals (weighted Dice). */
export function diceScore(overlap: TokenOverlap): number {
  const sum = overlap.totalA + overlap.totalB;
  return sum === 0 ? 0 : (2 * overlap.matched) / sum;
}

/**
 * Overlap that forgives the longer side's extra words by `extraPenalty` (0: containment of the shorter side
 * is enough; 1: the extras count in full, like Dice).
 */
export function containmentScore(overlap: TokenOverlap, extraPenalty: number): number {
  const small = Math.min(overlap.totalA, overlap.totalB);
  const large = Math.max(overlap.totalA, overlap.totalB);
  const denominator = small + extraPenalty * (large - small);
  return denominator === 0 ? 0 : Math.min(1, overlap.matched / denominator);
}
