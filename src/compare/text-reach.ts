import { ANSWER_JOIN } from '../check/thresholds.js';
import type { TokenWeights } from '../normalise/idf.js';
import type { AnswerClass } from './answer.js';
import { withoutRoles } from './compatible.js';
import { noteRole, tokenPartners, type Partner, type UnitRoles } from '../normalise/token-partners.js';

type TextAnswer = Extract<AnswerClass, { kind: 'text' }>;

/** A unit of other answers that a word of this one can be matched with, and the most that match adds on the word. */
export interface Share {
  partner: string;
  share: number;
}

/**
 * What a list of an answer's words needs of another answer to agree with it: per word, the units it can be
 * matched with; an answer that agrees must hold units whose best shares, one per word, add up to `needed`.
 */
export interface Needs {
  words: Share[][];
  needed: number;
  /** The words, best shares first, of which an answer that offers enough matches one at least. */
  key: number[];
  /** The words, best shares first, of which such an answer matches two at least; none when one word may do. */
  pairKey?: number[];
}

/** Whether units (a set of them) can add up to what a list of words needs, each word with its best share among them. */
export function offers(needs: Needs, units: ReadonlySet<string>): boolean {
  let total = 0;
  for (const shares of needs.words) {
    let best = 0;
    for (const { partner, share } of shares) if (share > best && units.has(partner)) best = share;
    total += best;
  }
  return total >= needs.needed;
}

/** Two units under one name (a unit with itself is the unit): what postings of pairs are filed under. */
export function pairName(a: string, b: string): string {
  return a === b ? a : a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`;
}

/**
 * Which words an answer offering enough must match (margin as for `needed`): matching none of the first
 * words (best shares first), it adds at most what the rest could, so the key runs until that falls short;
 * matching one of them at most, it adds at most the best word's share and the rest, and so on for pairs.
 */
function keyWords(words: readonly Share[][], needed: number): Pick<Needs, 'key' | 'pairKey'> {
  const most = words.map((shares) => shares.reduce((best, s) => Math.max(best, s.share), 0));
  const order = most.map((_, t) => t).sort((a, b) => most[b] - most[a] || a - b);
  const total = most.reduce((sum, x) => sum + x, 0);
  const prefix = (beside: number): number[] | undefined => {
    let rest = total;
    for (let i = 0; i < order.length; i++) {
      if (beside + rest < needed * (1 - 1e-9)) return order.slice(0, i);
      rest -= most[order[i]];
    }
    return beside < needed * (1 - 1e-9) ? order : undefined;
  };
  const pairKey = order.length > 0 ? prefix(most[order[0]]) : undefined;
  return { key: prefix(0) ?? order, ...(pairKey ? { pairKey } : {}) };
}

/** The units matched by the key words of a list (`Needs.key`). */
export function keyUnits(needs: Needs): string[] {
  return [...new Set(needs.key.flatMap((t) => needs.words[t].map((s) => s.partner)))];
}

/** How many pairs of units `keyUnitPairs` goes through: Infinity without a pair key. */
export function keyPairCount(needs: Needs): number {
  const key = needs.pairKey;
  if (!key) return Infinity;
  let count = 0;
  for (let i = 0; i < key.length; i++) for (let j = i + 1; j < key.length; j++) count += needs.words[key[i]].length * needs.words[key[j]].length;
  return count;
}

/** The names (`pairName`) of two units matched by two different pair-key words (see `Needs.pairKey`). */
export function keyUnitPairs(needs: Needs): string[] {
  const key = needs.pairKey ?? [];
  const names = new Set<string>();
  for (let i = 0; i < key.length; i++) {
    for (let j = i + 1; j < key.length; j++) {
      for (const a of needs.words[key[i]]) for (const b of needs.words[key[j]]) names.add(pairName(a.partner, b.partner));
    }
  }
  return [...names];
}

/** Each unit, and each two of them, by name (`pairName`). */
export function unitPairs(units: readonly string[]): string[] {
  const names = [...units];
  for (let i = 0; i < units.length; i++) for (let j = i + 1; j < units.length; j++) names.push(pairName(units[i], units[j]));
  return names;
}

/** Where a text answer can meet the others of its topic (see `textReaches`). */
export interface TextReach {
  /** Its words, and adjacent words written together (of all its words, and of them without role nouns). */
  units: string[];
  /** What an answer that agrees with it by containment, and weighs as much or more, holds. */
  needs: Needs;
  /**
   * What an answer that agrees with it once role nouns are out holds, whatever it weighs: the rule divides by
   * the larger total. Its own words stand in when it has no role nouns.
   */
  roleNeeds: Needs;
  /** It has role nouns besides other words. */
  hasRoles: boolean;
}

// Adjacent words written together: "Qesirdib" is matched against "qasr" + "dib".
function joinedPairs(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) joined.push(words[i] + words[i + 1]);
  return joined;
}

/**
 * Finds the units a topic's text answers are made of and the matches between them, then tells, per answer,
 * what any answer it agrees with must hold. The text rule (compatible.ts) needs a matched weight of at least
 * `ANSWER_JOIN` × the smaller answer's total (containment), or × the larger one's (role nouns out), summed over
 * one-to-one matches that each add sim × the mean of both sides' weights (half of that on each of two words
 * written together). So the matches another answer offers can add, at most, each word's best share among the
 * units that answer holds: when that falls short of what is needed, the two cannot agree.
 */
export function textReaches(texts: readonly TextAnswer[], weights: TokenWeights): Map<TextAnswer, TextReach> {
  const roles = new Map<string, UnitRoles>();
  // The pairs of adjacent words each joined unit writes together: one string may join different pairs.
  const splits = new Map<string, { first: string; second: string; weight: number }[]>();
  for (const text of texts) {
    for (const list of [text.words, withoutRoles(text.words)]) {
      list.forEach((word, i) => {
        noteRole(roles, word, 'word');
        if (i === 0) return;
        const unit = list[i - 1] + word;
        noteRole(roles, unit, 'joined');
        const known = splits.get(unit) ?? [];
        if (!known.some((split) => split.first === list[i - 1])) {
          known.push({ first: list[i - 1], second: word, weight: weights.weight(list[i - 1]) + weights.weight(word) });
        }
        splits.set(unit, known);
      });
    }
  }
  const partners = tokenPartners(roles);
  const partnersOf = (unit: string): readonly Partner[] => partners.get(unit) ?? [];
  const isWord = (unit: string) => roles.get(unit)?.word === true;
  // The most a unit can weigh against the word `word`: as a word, or as two words written together, neither
  // of them that word (an equal word on both sides is matched as itself before anything is written together).
  const unitWeight = (unit: string, word: string) => {
    let most = isWord(unit) ? weights.weight(unit) : 0;
    for (const split of splits.get(unit) ?? []) if (split.first !== word && split.second !== word) most = Math.max(most, split.weight);
    return most;
  };

  function needsOf(words: readonly string[]): Needs {
    const w = words.map((word) => weights.weight(word));
    const best = words.map(() => new Map<string, number>());
    const offer = (t: number, partner: string, share: number) => best[t].set(partner, Math.max(best[t].get(partner) ?? 0, share));
    for (let i = 0; i < words.length; i++) {
      for (const p of partnersOf(words[i])) {
        const weight = unitWeight(p.unit, words[i]);
        if (weight > 0) offer(i, p.unit, (p.sim * (w[i] + weight)) / 2);
      }
      if (i + 1 === words.length) continue;
      // Two words against one word of the other side (not one of the two): half of what the match adds on each.
      for (const p of partnersOf(words[i] + words[i + 1])) {
        if (!isWord(p.unit) || p.unit === words[i] || p.unit === words[i + 1]) continue;
        const share = (p.sim * (w[i] + w[i + 1] + weights.weight(p.unit))) / 4;
        offer(i, p.unit, share);
        offer(i + 1, p.unit, share);
      }
    }
    // Slightly less than needed, so that rounding in either sum can never drop a match that counts.
    const needed = ANSWER_JOIN * w.reduce((sum, x) => sum + x, 0) * (1 - 1e-9);
    const shares = best.map((offered) => [...offered].map(([partner, share]) => ({ partner, share })));
    return { words: shares, needed, ...keyWords(shares, needed) };
  }

  const reaches = new Map<TextAnswer, TextReach>();
  for (const text of texts) {
    if (reaches.has(text) || text.words.length === 0) continue;
    const stripped = withoutRoles(text.words);
    const units = [...new Set([...text.words, ...joinedPairs(text.words), ...joinedPairs(stripped)])];
    const needs = needsOf(text.words);
    const hasRoles = stripped.length !== text.words.length;
    reaches.set(text, { units, needs, roleNeeds: hasRoles ? needsOf(stripped) : needs, hasRoles });
  }
  return reaches;
}
