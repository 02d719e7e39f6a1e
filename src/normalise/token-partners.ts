import { SKELETON_EXTRA_MIN, TOKEN_FUZZY_MIN_LENGTH, TOKEN_MATCH } from '../check/thresholds.js';
import { nameShape } from './skeleton.js';
import { tokenSimilarity } from './token-similarity.js';
import { JOINED_LENGTH_SLACK } from './weighted-match.js';

/** How a string stands in answers: as a word of its own, and/or as two adjacent words written together. */
export interface UnitRoles {
  word: boolean;
  joined: boolean;
}

/** A unit that matches another (`tokenSimilarity` at or above `TOKEN_MATCH`), and how alike the two are. */
export interface Partner {
  unit: string;
  sim: number;
}

// The letter pairs Dice similarity counts (white space out, UTF-16 code units), each tagged with its
// occurrence so that a repeated pair is two elements: shared tagged pairs are then exactly the shared pairs.
function taggedPairs(raw: string): string[] {
  const text = raw.replace(/\s+/g, '');
  const seen = new Map<string, number>();
  const pairs: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    const pair = text.slice(i, i + 2);
    const n = seen.get(pair) ?? 0;
    seen.set(pair, n + 1);
    pairs.push(`${pair}\u0000${n}`);
  }
  return pairs;
}

// At least how many of its `n` letter pairs a string shares with any string whose Dice similarity to it is at or
// above `TOKEN_MATCH`: with `o` shared, 2o / (n + m) ≥ t and o ≤ m give o ≥ t·n / (2 − t).
const sharedAtLeast = (n: number) => Math.ceil((TOKEN_MATCH * n) / (2 - TOKEN_MATCH) - 1e-9);

// A string whose prefix of pairs is longer than this would give too many twos of them: it gives its pairs one
// by one (fewer keys, each less telling), and so do strings long enough to be alike with it.
const PAIRED_PREFIX_MAX = 12;
const givesTwos = (n: number) => n - sharedAtLeast(n) + 2 <= PAIRED_PREFIX_MAX;
let shortestLong = 2;
while (givesTwos(shortestLong)) shortestLong += 1;
const givesOnes = (n: number) => sharedAtLeast(n) < 2 || n >= sharedAtLeast(shortestLong);

/**
 * A name two units share when they may be alike. For letter pairs, `held` pairs of the unit make the key and
 * `after` more of its pairs rank after them: two strings can share no more than `held` + the lesser `after`.
 */
interface MatchKey {
  name: string;
  held: number;
  after: number;
}

/**
 * Keys two strings alike by their letter pairs share (prefix filtering): pairs ranked in one order for all
 * strings, rarest first; when two strings share `o ≥ α` pairs, the first two shared come after at most n − o
 * others of a side, so both are among the first n − α + 2 of each, and any two of those make a key. The first
 * shared pair alone is among the first n − α + 1: strings that need share only one pair, and long ones (with
 * all those long enough to be alike with them), give those pairs one by one as keys.
 */
function prefixKeys(family: string, pairs: readonly string[], frequency: ReadonlyMap<string, number>): MatchKey[] {
  const ranked = [...pairs].sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  const n = ranked.length;
  const alpha = sharedAtLeast(n);
  const keys: MatchKey[] = [];
  if (alpha >= 2 && givesTwos(n)) {
    const prefix = ranked.slice(0, n - alpha + 2);
    for (let i = 0; i < prefix.length; i++) {
      for (let j = i + 1; j < prefix.length; j++) keys.push({ name: `${family}${prefix[i]}\u0001${prefix[j]}`, held: 2, after: n - 1 - j });
    }
  }
  if (givesOnes(n)) ranked.slice(0, n - alpha + 1).forEach((pair, i) => keys.push({ name: family + pair, held: 1, after: n - 1 - i }));
  return keys;
}

function count(frequency: Map<string, number>, pairs: readonly string[]): void {
  for (const pair of pairs) frequency.set(pair, (frequency.get(pair) ?? 0) + 1);
}

/**
 * Keys of a unit such that two different units `tokenSimilarity` rates at or above `TOKEN_MATCH` share at
 * least one (see token-similarity.ts): one consonant skeleton (a transliteration); skeletons one consonant
 * apart (one deletion of the longer is the shorter); letter pairs alike (Dice ≥ `TOKEN_MATCH`, both at least
 * `TOKEN_FUZZY_MIN_LENGTH` long); skeletons' letter pairs alike (0.9 × Dice ≥ `TOKEN_MATCH` needs
 * Dice ≥ `TOKEN_MATCH`).
 */
function matchKeys(unit: string, letters: string[], consonants: string[], frequency: ReadonlyMap<string, number>): MatchKey[] {
  const keys: MatchKey[] = [];
  const skeleton = nameShape(unit).skeleton;
  const skeletons = new Set(skeleton === '' ? [] : [skeleton]);
  if (skeleton.length > SKELETON_EXTRA_MIN) {
    for (let i = 0; i < skeleton.length; i++) skeletons.add(skeleton.slice(0, i) + skeleton.slice(i + 1));
  }
  for (const name of skeletons) keys.push({ name: `k${name}`, held: 0, after: 0 });
  if (unit.length >= TOKEN_FUZZY_MIN_LENGTH) {
    if (letters.length > 0) keys.push(...prefixKeys('l', letters, frequency));
    if (consonants.length > 0) keys.push(...prefixKeys('c', consonants, frequency));
  }
  return keys;
}

/**
 * For each unit, the units it matches (itself included, when it stands as a word): the pairs `overlapTokens`
 * can take (a word against a word or against two words written together), found through shared match keys
 * and then rated, so that only units that share a key are compared.
 */
export function tokenPartners(units: ReadonlyMap<string, UnitRoles>): Map<string, Partner[]> {
  const list = [...units.keys()];
  const letters = list.map(taggedPairs);
  const consonants = list.map((unit) => taggedPairs(nameShape(unit).skeleton));
  const frequency = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    count(frequency, letters[i]);
    count(frequency, consonants[i]);
  }
  const keys = list.map((unit, i) => matchKeys(unit, letters[i], consonants[i], frequency));
  const partners = new Map<string, Partner[]>(list.map((unit) => [unit, []]));
  // Whether units i and j, sharing a key, can share enough letter pairs (see `sharedAtLeast`): at most the
  // key's pairs and those after them on the side with fewer; a skeleton key always leads to a rating.
  const canMeet = (key: MatchKey, i: number, j: number, afterJ: number) => {
    if (key.held === 0) return true;
    const [n, m] = key.name[0] === 'l' ? [letters[i].length, letters[j].length] : [consonants[i].length, consonants[j].length];
    return key.held + Math.min(key.after, afterJ) >= Math.ceil((TOKEN_MATCH * (n + m)) / 2 - 1e-9);
  };
  // Rates unit i against the units filed under its keys, each once; a unit that only ever stands for two
  // words written together only against words about as long (see `overlapTokens`).
  const rate = (i: number, filed: ReadonlyMap<string, number[]>, joined: boolean) => {
    const seen = new Set<number>();
    for (const key of keys[i]) {
      const posting = filed.get(key.name) ?? [];
      for (let at = 0; at < posting.length; at += 2) {
        const j = posting[at];
        if (seen.has(j) || !canMeet(key, i, j, posting[at + 1])) continue;
        seen.add(j);
        if (joined && Math.abs(list[i].length - list[j].length) > JOINED_LENGTH_SLACK) continue;
        const sim = tokenSimilarity(list[i], list[j]);
        if (sim < TOKEN_MATCH) continue;
        partners.get(list[i])?.push({ unit: list[j], sim });
        partners.get(list[j])?.push({ unit: list[i], sim });
      }
    }
  };
  // Each word against the words before it, filed under their keys; then each unit that is only ever two
  // words written together against all the words.
  const words = new Map<string, number[]>();
  list.forEach((unit, i) => {
    if (!units.get(unit)?.word) return;
    partners.get(unit)?.push({ unit, sim: 1 });
    rate(i, words, false);
    for (const key of keys[i]) {
      const filed = words.get(key.name);
      if (filed) filed.push(i, key.after);
      else words.set(key.name, [i, key.after]);
    }
  });
  list.forEach((unit, i) => {
    if (!units.get(unit)?.word) rate(i, words, true);
  });
  return partners;
}
