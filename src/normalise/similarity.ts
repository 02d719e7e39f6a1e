import { memoise } from './memo.js';

/** A string as the similarity compares it: white space removed, its letter pairs as sorted numbers. */
interface LetterPairs {
  text: string;
  pairs: Int32Array;
}

function computePairs(raw: string): LetterPairs {
  const text = raw.replace(/\s+/g, '');
  const pairs = new Int32Array(Math.max(0, text.length - 1));
  // Two UTF-16 code units in one 32-bit number: equal numbers are equal pairs.
  for (let i = 0; i < pairs.length; i++) pairs[i] = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
  return { text, pairs: pairs.sort() };
}

// Worked out once per distinct string: the cross-check compares each token with many others.
const letterPairs = memoise(computePairs);

// How many letter pairs two sorted lists share, each pair counted as often as both have it.
function sharedPairs(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

/**
 * Fuzzy similarity of two strings in [0, 1]: the Dice coefficient over their letter pairs (white space
 * ignored), as the string-similarity package defines it — 1 for equal strings, 0 when either has fewer than
 * two letters.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const first = letterPairs(a);
  const second = letterPairs(b);
  if (first.text === second.text) return 1;
  if (first.text.length < 2 || second.text.length < 2) return 0;
  return (2.0 * sharedPairs(first.pairs, second.pairs)) / (first.text.length + second.text.length - 2);
}
