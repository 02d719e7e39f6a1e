import { TOKEN_FUZZY_MIN_LENGTH } from '../check/thresholds.js';
import { similarity } from './similarity.js';
import { skeleton } from './skeleton.js';

const VOWEL_START = /^[aeiou]/;

function sameStart(a: string, b: string): boolean {
  return a[0] === b[0] || (VOWEL_START.test(a) && VOWEL_START.test(b));
}

function computeTokenSimilarity(a: string, b: string): number {
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  const ska = skeleton(a);
  const skb = skeleton(b);
  if (ska === skb && ska !== '') {
    // A short skeleton ("m" of Amo/Ammu) is weak evidence on its own; the first letter must agree too.
    if (ska.length >= 3) return 0.9;
    if (sameStart(a, b)) return ska.length === 2 ? 0.85 : 0.8;
  }
  if (a.length < TOKEN_FUZZY_MIN_LENGTH || b.length < TOKEN_FUZZY_MIN_LENGTH) return 0;
  const letters = similarity(a, b);
  const consonants = ska.length >= 4 && skb.length >= 4 ? 0.9 * similarity(ska, skb) : 0;
  return Math.max(letters, consonants);
}

const cache = new Map<string, number>();
const CACHE_LIMIT = 500_000;

/**
 * How alike two normalised tokens are, in [0, 1]: 1 when equal, high for transliterations that share a
 * consonant skeleton, else the letter-pair similarity. Numbers only match themselves. Memoised.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = computeTokenSimilarity(a, b);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}
