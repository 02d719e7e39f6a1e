import { ANSWER_EXTRA_PENALTY, ANSWER_JOIN } from '../check/thresholds.js';
import type { TokenWeights } from '../normalise/idf.js';
import type { Normaliser } from '../normalise/normaliser.js';
import { containmentScore, overlapTokens } from '../normalise/weighted-match.js';
import type { AnswerClass } from './answer.js';

/** An answer read for comparison: its class, and its whole text normalised (for declared pairs). */
export interface ReadAnswer {
  cls: AnswerClass;
  normal: string;
}

/** Decides whether two answers on one topic agree (contract §2.3). */
export type AnswerComparer = (a: ReadAnswer, b: ReadAnswer) => boolean;

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function textsAgree(a: Extract<AnswerClass, { kind: 'text' }>, b: Extract<AnswerClass, { kind: 'text' }>, weights: TokenWeights): boolean {
  if (a.negated !== b.negated) return false;
  if (a.normal === b.normal) return true;
  if (a.words.length === 0 || b.words.length === 0) return false;
  const weigh = (tokens: readonly string[]) => tokens.map((token) => ({ token, weight: weights.weight(token) }));
  return containmentScore(overlapTokens(weigh(a.words), weigh(b.words)), ANSWER_EXTRA_PENALTY) >= ANSWER_JOIN;
}

/**
 * Builds the comparison for a corpus: answers declared `compatible` in the configuration agree; booleans agree
 * when equal; ranges and dates when they overlap; a count agrees with `true` when at least 1 and with `false`
 * when 0; texts when their polarity is the same and their words match (rare words weighing most, so
 * "Russian military police" and "Russian military contractors" differ). Anything else differs.
 */
export function createAnswerComparer(
  compatiblePairs: readonly (readonly [string, string])[],
  normaliser: Normaliser,
  weights: TokenWeights,
): AnswerComparer {
  const declared = new Set(
    compatiblePairs.map(([a, b]) => pairKey(normaliser.normalise(a).text, normaliser.normalise(b).text)),
  );
  return (x, y) => {
    if (declared.size > 0 && declared.has(pairKey(x.normal, y.normal))) return true;
    const a = x.cls;
    const b = y.cls;
    if (a.kind === 'boolean' && b.kind === 'boolean') return a.value === b.value;
    if (a.kind === 'range' && b.kind === 'range') return a.min <= b.max && b.min <= a.max;
    if (a.kind === 'date' && b.kind === 'date') return a.start <= b.end && b.start <= a.end;
    if (a.kind === 'text' && b.kind === 'text') return textsAgree(a, b, weights);
    const count = a.kind === 'range' ? a : b.kind === 'range' ? b : undefined;
    const yesNo = a.kind === 'boolean' ? a : b.kind === 'boolean' ? b : undefined;
    if (count && yesNo) return yesNo.value ? count.min >= 1 : count.max === 0;
    return false;
  };
}
