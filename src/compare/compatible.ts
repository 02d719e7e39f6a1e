import { ANSWER_EXTRA_PENALTY, ANSWER_JOIN } from '../check/thresholds.js';
import type { TokenWeights } from '../normalise/idf.js';
import type { Normaliser } from '../normalise/normaliser.js';
import { containmentScore, overlapTokens } from '../normalise/weighted-match.js';
import { ROLE_NOUNS, STOP_WORDS } from '../normalise/word-lists.js';
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

type TextAnswer = Extract<AnswerClass, { kind: 'text' }>;

/** The words of an answer without its role nouns, when it has other words too ("NDF fighter" → "NDF"). */
export function withoutRoles(words: readonly string[]): readonly string[] {
  const kept = words.filter((word) => !ROLE_NOUNS.has(word));
  return kept.length > 0 ? kept : words;
}

function textsAgree(a: TextAnswer, b: TextAnswer, weights: TokenWeights): boolean {
  if (a.negated !== b.negated) return false;
  if (a.normal === b.normal) return true;
  if (a.words.length === 0 || b.words.length === 0) return false;
  const weigh = (tokens: readonly string[]) => tokens.map((token) => ({ token, weight: weights.weight(token) }));
  if (containmentScore(overlapTokens(weigh(a.words), weigh(b.words)), ANSWER_EXTRA_PENALTY) >= ANSWER_JOIN) return true;
  // Role nouns out, the rest must match both ways: "NDF fighter" / "member of the NDF" agree, while "Turkish
  // soldier" / "Turkish drone" do not.
  const roleA = withoutRoles(a.words);
  const roleB = withoutRoles(b.words);
  if (roleA.length === a.words.length && roleB.length === b.words.length) return false;
  return containmentScore(overlapTokens(weigh(roleA), weigh(roleB)), 1) >= ANSWER_JOIN;
}

/** The meaning-carrying words of a normalised text (aliases applied, articles and other stop words out). */
export function wordSet(normal: string): Set<string> {
  return new Set(normal.split(' ').filter((t) => t !== '' && !STOP_WORDS.has(t)));
}

/** True when `side` has words and all of them are in `words`. */
export const containsAll = (words: ReadonlySet<string>, side: readonly string[]) => side.length > 0 && side.every((t) => words.has(t));

/**
 * Builds the comparison for a corpus: answers declared `compatible` in the configuration agree, and so do two
 * texts that each contain one side of a declared pair as whole words (after aliases); booleans agree
 * when equal; ranges and dates when they overlap; a count agrees with `true` when at least 1 and with `false`
 * when 0; texts when their polarity is the same and their words match (rare words weighing most, so
 * "Russian military police" and "Russian military contractors" differ), or match both ways once role nouns
 * are out ("NDF fighter" / "member of the NDF"). Anything else differs.
 */
export function createAnswerComparer(
  compatiblePairs: readonly (readonly [string, string])[],
  normaliser: Normaliser,
  weights: TokenWeights,
): AnswerComparer {
  const declared = new Set(
    compatiblePairs.map(([a, b]) => pairKey(normaliser.normalise(a).text, normaliser.normalise(b).text)),
  );
  const sides = compatiblePairs.map(([a, b]) => [[...wordSet(normaliser.normalise(a).text)], [...wordSet(normaliser.normalise(b).text)]] as const);
  // A declared pair also applies to answers that each contain one side, as whole words: with
  // [NDF, Syrian regime forces], "an NDF fighter" and "Syrian regime forces" agree.
  const declaredWithin = (x: ReadAnswer, y: ReadAnswer): boolean => {
    if (x.cls.kind !== 'text' || y.cls.kind !== 'text' || x.cls.negated || y.cls.negated) return false;
    const wx = wordSet(x.normal);
    const wy = wordSet(y.normal);
    return sides.some(([p, q]) => (containsAll(wx, p) && containsAll(wy, q)) || (containsAll(wx, q) && containsAll(wy, p)));
  };
  return (x, y) => {
    if (declared.size > 0 && (declared.has(pairKey(x.normal, y.normal)) || declaredWithin(x, y))) return true;
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
