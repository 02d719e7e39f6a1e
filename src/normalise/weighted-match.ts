import { TOKEN_MATCH } from '../check/thresholds.js';
import { tokenSimilarity } from './token-similarity.js';

/** A token and how much it counts in a comparison. */
export interface WeightedToken {
  token: string;
  weight: number;
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

/**
 * Matches two token sets one to one: equal tokens first, then the most similar remaining pairs
 * (transliterations, typos) at or above `TOKEN_MATCH`, best first, ties in input order.
 */
export function overlapTokens(a: readonly WeightedToken[], b: readonly WeightedToken[]): TokenOverlap {
  const usedB = new Array<boolean>(b.length).fill(false);
  const usedA = new Array<boolean>(a.length).fill(false);
  let matched = 0;
  let matchedA = 0;
  let matchedB = 0;
  const take = (i: number, j: number, sim: number) => {
    usedA[i] = true;
    usedB[j] = true;
    matched += (sim * (a[i].weight + b[j].weight)) / 2;
    matchedA += sim * a[i].weight;
    matchedB += sim * b[j].weight;
  };
  for (let i = 0; i < a.length; i++) {
    const j = b.findIndex((t, k) => !usedB[k] && t.token === a[i].token);
    if (j >= 0) take(i, j, 1);
  }
  const fuzzy: { i: number; j: number; sim: number }[] = [];
  for (let i = 0; i < a.length; i++) {
    if (usedA[i]) continue;
    for (let j = 0; j < b.length; j++) {
      if (usedB[j]) continue;
      const sim = tokenSimilarity(a[i].token, b[j].token);
      if (sim >= TOKEN_MATCH) fuzzy.push({ i, j, sim });
    }
  }
  fuzzy.sort((x, y) => y.sim - x.sim || x.i - y.i || x.j - y.j);
  for (const { i, j, sim } of fuzzy) {
    if (!usedA[i] && !usedB[j]) take(i, j, sim);
  }
  return { matched, totalA: total(a), totalB: total(b), matchedA, matchedB };
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
