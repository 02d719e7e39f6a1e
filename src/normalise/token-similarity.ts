import { SKELETON_EXTRA_MIN, TOKEN_FUZZY_MIN_LENGTH, TOKEN_MATCH } from '../check/thresholds.js';
import { similarity } from './similarity.js';
import { nameShape, sameNameShape } from './skeleton.js';

// True when one skeleton, of at least `SKELETON_EXTRA_MIN` consonants, is the other with one more inserted.
function oneConsonantMore(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1 || short.length < SKELETON_EXTRA_MIN) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

function computeTokenSimilarity(a: string, b: string): number {
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  const sa = nameShape(a);
  const sb = nameShape(b);
  const sameSkeleton = sa.skeleton === sb.skeleton && sa.skeleton !== '';
  // One skeleton and vowels that fit (see `sameNameShape`): a transliteration. A short skeleton ("m" of
  // Amo/Ammu) is weaker evidence than a long one. Vowels that do not fit leave only the letters to compare.
  if (sameSkeleton && sameNameShape(sa, sb)) return sa.skeleton.length >= 3 ? 0.9 : sa.skeleton.length === 2 ? 0.85 : 0.8;
  // A long skeleton with one consonant more at one place: Hormizd / Hurmiz.
  if (!sameSkeleton && oneConsonantMore(sa.skeleton, sb.skeleton)) return TOKEN_MATCH;
  if (a.length < TOKEN_FUZZY_MIN_LENGTH || b.length < TOKEN_FUZZY_MIN_LENGTH) return 0;
  const letters = similarity(a, b);
  const consonants = !sameSkeleton && sa.skeleton.length >= 4 && sb.skeleton.length >= 4 ? 0.9 * similarity(sa.skeleton, sb.skeleton) : 0;
  return Math.max(letters, consonants);
}

// Tokens numbered, so that a pair is one number as a cache key.
const ids = new Map<string, number>();
const cache = new Map<number, number>();
const CACHE_LIMIT = 1_000_000;
const ID_LIMIT = 2 ** 26;

/**
 * A token's number for `tokenSimilarity`, given on first sight and kept (so it may be stored beside a token
 * compared often); -1 once `ID_LIMIT` tokens are numbered, and such tokens are compared without the cache.
 */
export function tokenId(token: string): number {
  let id = ids.get(token);
  if (id === undefined) {
    if (ids.size >= ID_LIMIT) return -1;
    id = ids.size;
    ids.set(token, id);
  }
  return id;
}

/**
 * How alike two normalised tokens are, in [0, 1]: 1 when equal, high for transliterations that share a
 * consonant skeleton and fit its vowels; else the letter-pair similarity (so different names on one skeleton,
 * Nasri / Nasir, stay apart, while "cause" / "caus" still meet). Numbers only match themselves. Memoised.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  return similarityOfIds(a, tokenId(a), b, tokenId(b));
}

/** `tokenSimilarity` for tokens whose numbers (`tokenId`) are known. */
export function similarityOfIds(a: string, ia: number, b: string, ib: number): number {
  if (a === b) return 1;
  if (ia < 0 || ib < 0) return computeTokenSimilarity(a, b);
  const key = ia < ib ? ia * ID_LIMIT + ib : ib * ID_LIMIT + ia;
  let value = cache.get(key);
  if (value === undefined) {
    value = computeTokenSimilarity(a, b);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}
