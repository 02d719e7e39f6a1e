import { SKELETON_EXTRA_MIN, TOKEN_FUZZY_MIN_LENGTH, TOKEN_MATCH } from '../check/thresholds.js';
import { nameShape } from './skeleton.js';
import { similarityOfIds, tokenId } from './token-similarity.js';
import { JOINED_LENGTH_SLACK } from './weighted-match.js';

/** How a string stands in answers: as a word of its own, and/or as two adjacent words written together. */
export interface UnitRoles {
  word: boolean;
  joined: boolean;
}

/** Notes that `unit` stands in one more role (as a word, or as two words written together). */
export function noteRole(roles: Map<string, UnitRoles>, unit: string, role: keyof UnitRoles): void {
  const seen = roles.get(unit);
  if (seen) seen[role] = true;
  else roles.set(unit, { word: role === 'word', joined: role === 'joined' });
}

/** A unit that matches another (`tokenSimilarity` at or above `TOKEN_MATCH`), and how alike the two are. */
export interface Partner {
  unit: string;
  sim: number;
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
// The fewest pairs of a string alike to one too long to give twos.
const longEnough = sharedAtLeast(shortestLong);
const givesOnes = (n: number) => sharedAtLeast(n) < 2 || n >= longEnough;

/**
 * The letter pairs Dice similarity counts of some strings (white space out, UTF-16 code units), each tagged
 * with its occurrence so that a repeated pair is two elements: shared tagged pairs are then exactly the shared
 * pairs. Tagged pairs are numbered by rank, one order for all the strings (rarest first); string s has the
 * ranks `ranked[start[s]]` to `ranked[start[s + 1] - 1]`, in ascending order.
 */
interface RankedPairs {
  ranked: Int32Array;
  start: Int32Array;
  /** How many different tagged pairs there are. */
  distinct: number;
}

// How many tagged pairs string s has.
const pairCount = (pairs: RankedPairs, s: number) => pairs.start[s + 1] - pairs.start[s];

/** The tagged pairs of the strings, ranked (see `RankedPairs`). */
function rankPairs(texts: readonly string[]): RankedPairs {
  const start = new Int32Array(texts.length + 1);
  for (let s = 0; s < texts.length; s++) start[s + 1] = start[s] + Math.max(0, texts[s].length - 1);
  const total = start[texts.length];
  // Tagged pairs numbered as first met: the first occurrence of a pair in a string by its code, each later one
  // as the next after the occurrence before it in that string (`lastString`/`latest`, by first occurrence).
  const firstByCode = new Map<number, number>();
  const nextOccurrence = new Int32Array(total).fill(-1);
  const lastString = new Int32Array(total).fill(-1);
  const latest = new Int32Array(total);
  const frequency = new Int32Array(total);
  const ids = new Int32Array(total);
  let distinct = 0;
  let most = 0;
  for (let s = 0; s < texts.length; s++) {
    const text = texts[s];
    for (let i = 0, at = start[s]; at < start[s + 1]; i++, at++) {
      const code = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
      let first = firstByCode.get(code);
      if (first === undefined) {
        first = distinct++;
        firstByCode.set(code, first);
      }
      let id = first;
      if (lastString[first] === s) {
        id = nextOccurrence[latest[first]];
        if (id < 0) nextOccurrence[latest[first]] = id = distinct++;
      } else lastString[first] = s;
      latest[first] = id;
      ids[at] = id;
      if (++frequency[id] > most) most = frequency[id];
    }
  }
  // Ranks by frequency, then by number (a counting sort); any one order for all strings serves prefix filtering.
  const firstRank = new Int32Array(most + 1);
  for (let id = 0; id < distinct; id++) if (frequency[id] < most) firstRank[frequency[id] + 1] += 1;
  for (let f = 1; f <= most; f++) firstRank[f] += firstRank[f - 1];
  const rank = new Int32Array(distinct);
  for (let id = 0; id < distinct; id++) rank[id] = firstRank[frequency[id]]++;
  const ranked = new Int32Array(total);
  for (let at = 0; at < total; at++) ranked[at] = rank[ids[at]];
  // Each string's ranks sorted by the built-in sort, much faster than a loop of ours while code runs cold.
  for (let s = 0; s < texts.length; s++) if (start[s + 1] - start[s] > 1) ranked.subarray(start[s], start[s + 1]).sort();
  return { ranked, start, distinct };
}

/**
 * What to do with a key of a unit: its posting (each unit filed under it, in filing order, followed by the
 * `after` it was filed with), and for a key of letter pairs, `held`, `after` and the family.
 */
type Meet = (posting: readonly number[], held: number, after: number, family: number) => void;

/**
 * Match keys of units, each with its postings. Two units that `tokenSimilarity` rates at or above `TOKEN_MATCH`
 * share at least one key (see token-similarity.ts): one consonant skeleton (a transliteration); skeletons one
 * consonant apart (one deletion of the longer is the shorter); letter pairs alike (Dice ≥ `TOKEN_MATCH`, both
 * at least `TOKEN_FUZZY_MIN_LENGTH` long); skeletons' letter pairs alike (0.9 × Dice ≥ `TOKEN_MATCH` needs
 * Dice ≥ `TOKEN_MATCH`).
 *
 * Keys of letter pairs come by prefix filtering: pairs ranked in one order for all strings; when two strings
 * share `o ≥ α` pairs, the first two shared come after at most n − o others of a side, so both are among the
 * first n − α + 2 of each, and any two of those make a key. The first shared pair alone is among the first
 * n − α + 1: strings that need share only one pair, and long ones (with all those long enough to be alike
 * with them), give those pairs one by one as keys. For such keys `held` pairs of the unit make the key and
 * `after` more of its pairs rank after them: two strings can share no more than `held` + the lesser `after`.
 */
class MatchKeys {
  /** Whether keys are opened and the unit filed under them; else a unit only meets the keys already open. */
  filing = true;
  private readonly bySkeleton = new Map<string, number[]>();
  // Keys of pairs as numbers: ranks a < b of family f (0 letters, 1 consonants) as f·P² + a·P + b, one rank
  // r as 2P² + f·P + r, where P is the number of different tagged pairs.
  private readonly byPairs = new Map<number, number[]>();
  private readonly squared: number;
  // What the open keys hold, so that a unit that only meets them skips keys unbuilt: the lengths of skeleton
  // names; by pair (at f·P + rank), the most pairs a string keyed by it has (0: none is).
  private readonly skeletonLengths: number[] = [];
  private readonly mostPairs: Int32Array;

  constructor(private readonly pairs: RankedPairs) {
    this.squared = pairs.distinct * pairs.distinct;
    this.mostPairs = new Int32Array(2 * pairs.distinct);
  }

  /** Meets each key of unit i (letters: string 2i of the pairs; consonants: 2i + 1); when filing, files i under it. */
  visit(i: number, unit: string, skeleton: string, meet: Meet): void {
    this.meetSkeleton(i, skeleton, meet);
    if (skeleton.length > SKELETON_EXTRA_MIN && (this.filing || this.skeletonLengths[skeleton.length - 1])) {
      // Deleting either of two equal neighbours gives one string: each deletion once.
      for (let d = 0; d < skeleton.length; d++) {
        if (d === 0 || skeleton[d] !== skeleton[d - 1]) this.meetSkeleton(i, skeleton.slice(0, d) + skeleton.slice(d + 1), meet);
      }
    }
    if (unit.length < TOKEN_FUZZY_MIN_LENGTH) return;
    this.meetPrefixes(i, 2 * i, 0, meet);
    this.meetPrefixes(i, 2 * i + 1, 1, meet);
  }

  private meetSkeleton(i: number, name: string, meet: Meet): void {
    if (name === '' || !(this.filing || this.skeletonLengths[name.length])) return;
    const posting = this.bySkeleton.get(name);
    if (posting) meet(posting, 0, 0, 0);
    if (!this.filing) return;
    if (posting) posting.push(i, 0);
    else {
      this.bySkeleton.set(name, [i, 0]);
      this.skeletonLengths[name.length] = 1;
    }
  }

  private meetPrefixes(i: number, s: number, family: number, meet: Meet): void {
    const { ranked, start, distinct } = this.pairs;
    const from = start[s];
    const n = pairCount(this.pairs, s);
    if (n === 0) return;
    const alpha = sharedAtLeast(n);
    const twos = alpha >= 2 && givesTwos(n);
    const ones = givesOnes(n);
    if (!twos && !ones) return;
    // The positions in the longer prefix whose pairs may be in keys that lead to a rating: all when filing;
    // else those keying some string of at least α pairs (a string alike to this one shares α pairs with it).
    const positions: number[] = [];
    const longest = twos ? n - alpha + 2 : n - alpha + 1;
    for (let a = 0; a < longest; a++) {
      const at = family * distinct + ranked[from + a];
      if (this.filing) this.mostPairs[at] = Math.max(this.mostPairs[at], n);
      else if (this.mostPairs[at] < alpha) continue;
      positions.push(a);
    }
    if (twos) {
      for (let x = 0; x < positions.length; x++) {
        const base = family * this.squared + ranked[from + positions[x]] * distinct;
        for (let y = x + 1; y < positions.length; y++) {
          const b = positions[y];
          this.meetPairs(i, base + ranked[from + b], 2, n - 1 - b, family, meet);
        }
      }
    }
    if (ones) {
      // Those of the first n − α + 1.
      const base = 2 * this.squared + family * distinct;
      for (let x = 0; x < positions.length && positions[x] < n - alpha + 1; x++) {
        const a = positions[x];
        this.meetPairs(i, base + ranked[from + a], 1, n - 1 - a, family, meet);
      }
    }
  }

  private meetPairs(i: number, name: number, held: number, after: number, family: number, meet: Meet): void {
    const posting = this.byPairs.get(name);
    if (posting) meet(posting, held, after, family);
    if (!this.filing) return;
    if (posting) posting.push(i, after);
    else this.byPairs.set(name, [i, after]);
  }
}

/**
 * For each unit, the units it matches (itself included, when it stands as a word): the pairs `overlapTokens`
 * can take (a word against a word or against two words written together), found through shared match keys
 * and then rated, so that only units that share a key are compared.
 */
export function tokenPartners(units: ReadonlyMap<string, UnitRoles>): Map<string, Partner[]> {
  const list = [...units.keys()];
  const skeletons = list.map((unit) => nameShape(unit).skeleton);
  // Letters and consonants of each unit keyed by letter pairs (strings 2i and 2i + 1); none for the others.
  const texts: string[] = [];
  list.forEach((unit, i) => {
    const fuzzy = unit.length >= TOKEN_FUZZY_MIN_LENGTH;
    texts.push(fuzzy ? unit.replace(/\s+/g, '') : '', fuzzy ? skeletons[i].replace(/\s+/g, '') : '');
  });
  const pairs = rankPairs(texts);
  const keys = new MatchKeys(pairs);
  const found: Partner[][] = list.map(() => []);
  // seenBy[j] === i: unit j already rated against unit i.
  const seenBy = new Int32Array(list.length).fill(-1);
  // Each unit's number for `similarityOfIds`, taken when it is first rated (-2 until then).
  const numbers = new Int32Array(list.length).fill(-2);
  const numberOf = (k: number) => (numbers[k] === -2 ? (numbers[k] = tokenId(list[k])) : numbers[k]);
  // Rates unit i against the units filed under a key, each once; a unit that only ever stands for two words
  // written together only against words about as long (see `overlapTokens`).
  const rating =
    (i: number, joined: boolean): Meet =>
    (posting, held, after, family) => {
      for (let at = 0; at < posting.length; at += 2) {
        const j = posting[at];
        if (seenBy[j] === i) continue;
        // Whether they can share enough letter pairs (see `sharedAtLeast`): at most the key's pairs and those
        // after them on the side with fewer; a skeleton key always leads to a rating.
        if (held > 0) {
          const both = pairCount(pairs, 2 * i + family) + pairCount(pairs, 2 * j + family);
          if (held + Math.min(after, posting[at + 1]) < Math.ceil((TOKEN_MATCH * both) / 2 - 1e-9)) continue;
        }
        seenBy[j] = i;
        if (joined && Math.abs(list[i].length - list[j].length) > JOINED_LENGTH_SLACK) continue;
        const sim = similarityOfIds(list[i], numberOf(i), list[j], numberOf(j));
        if (sim < TOKEN_MATCH) continue;
        found[i].push({ unit: list[j], sim });
        found[j].push({ unit: list[i], sim });
      }
    };
  // Each word against the words before it, filed under their keys; then each unit that is only ever two
  // words written together against all the words.
  list.forEach((unit, i) => {
    if (!units.get(unit)?.word) return;
    found[i].push({ unit, sim: 1 });
    keys.visit(i, unit, skeletons[i], rating(i, false));
  });
  keys.filing = false;
  list.forEach((unit, i) => {
    if (!units.get(unit)?.word) keys.visit(i, unit, skeletons[i], rating(i, true));
  });
  return new Map(list.map((unit, i) => [unit, found[i]]));
}
