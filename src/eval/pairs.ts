/** Precision, recall and F1 of one measure, over pairs of items. */
export interface PairScore {
  /** Pairs that truly have the relation. */
  expected: number;
  /** Pairs the tool says have it. */
  predicted: number;
  /** Pairs in both. */
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Unordered pairs among `n` items. */
export function choose2(n: number): number {
  return (n * (n - 1)) / 2;
}

/** Groups items by a key, keeping first-seen order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Pairs of items that share the key. */
export function pairsSharing<T>(items: readonly T[], key: (item: T) => string): number {
  let pairs = 0;
  for (const group of groupBy(items, key).values()) pairs += choose2(group.length);
  return pairs;
}

/** Pairs of items that differ in key `a` and in key `b` (inclusion–exclusion over the shared ones). */
export function pairsDifferingInBoth<T>(items: readonly T[], a: (item: T) => string, b: (item: T) => string): number {
  return (
    choose2(items.length) -
    pairsSharing(items, a) -
    pairsSharing(items, b) +
    pairsSharing(items, (item) => `${a(item)}\u0000${b(item)}`)
  );
}

/**
 * Scores counts of pairs. A ratio with nothing under it is 0, except that a measure where nothing
 * was expected and nothing predicted scores 1 throughout (there was nothing to get wrong).
 */
export function pairScore(expected: number, predicted: number, correct: number): PairScore {
  if (expected === 0 && predicted === 0) return { expected, predicted, correct, precision: 1, recall: 1, f1: 1 };
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = expected === 0 ? 0 : correct / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { expected, predicted, correct, precision, recall, f1 };
}
