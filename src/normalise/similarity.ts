import stringSimilarity from 'string-similarity';

/**
 * Fuzzy similarity of two strings in [0, 1] (Dice coefficient over letter pairs).
 * The one place the string-similarity package is used, so it can be replaced.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return stringSimilarity.compareTwoStrings(a, b);
}
