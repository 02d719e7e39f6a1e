import { crowdKeys, pairWithinBucket, upperBound } from './crowd-blocking.js';
import { searchWindow } from './date-window.js';
import type { EventFeatures } from './event-features.js';

/**
 * Finds candidate pairs without comparing all pairs: reports are bucketed by blocking key (place-name
 * skeletons, rare title words), and within each bucket a sweep over dates pairs reports whose windows
 * (stretched by the tolerance) overlap. A report whose window overlaps more than `CROWDED_RUN` later ones
 * in its bucket is in a crowd (many events in one place on one day): it is paired only with those of them
 * that share one of its rarest words there (see `pairWithinBucket`), so candidates grow with the reports, not
 * with their square. Returns pairs `[i, j]` with `i < j`, of different articles, ascending.
 */
export function candidatePairs(features: readonly EventFeatures[], toleranceDays: number): [number, number][] {
  const windows = features.map((f) => searchWindow(f.window, toleranceDays));
  const buckets = new Map<string, number[]>();
  features.forEach((f, i) => {
    for (const key of f.blockingKeys) {
      let bucket = buckets.get(key);
      if (!bucket) {
        bucket = [];
        buckets.set(key, bucket);
      }
      bucket.push(i);
    }
  });
  const n = features.length;
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const add = (i: number, j: number) => {
    if (features[i].report.file === features[j].report.file) return;
    const [lo, hi] = i < j ? [i, j] : [j, i];
    const id = lo * n + hi;
    if (seen.has(id)) return;
    seen.add(id);
    pairs.push([lo, hi]);
  };
  // A report's crowd keys, computed only if it is ever in a crowd.
  const keysOf: (string[] | undefined)[] = new Array(n);
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    bucket.sort((x, y) => windows[x].start - windows[y].start || x - y);
    const starts = bucket.map((i) => windows[i].start);
    pairWithinBucket(
      bucket.length,
      // The later reports whose windows overlap this one's: those that start before it ends.
      (p) => upperBound(starts, windows[bucket[p]].end) - 1,
      (p) => (keysOf[bucket[p]] ??= crowdKeys(features[bucket[p]])),
      (p, q) => add(bucket[p], bucket[q]),
    );
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
