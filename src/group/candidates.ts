import { MAX_COMPARISONS_PER_KEY } from '../check/thresholds.js';
import { searchWindow } from './date-window.js';
import type { EventFeatures } from './event-features.js';

/**
 * Finds candidate pairs without comparing all pairs: reports are bucketed by blocking key (place-name
 * skeletons, rare title words), and within each bucket a sweep over dates pairs only reports whose windows
 * (stretched by the tolerance) overlap. Cost grows with the reports that share a key and a date, not with n².
 * Returns pairs `[i, j]` with `i < j`, of different articles, ascending.
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
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    bucket.sort((x, y) => windows[x].start - windows[y].start || x - y);
    for (let p = 0; p < bucket.length; p++) {
      const i = bucket[p];
      const end = windows[i].end;
      let looked = 0;
      for (let q = p + 1; q < bucket.length && looked < MAX_COMPARISONS_PER_KEY; q++) {
        const j = bucket[q];
        if (windows[j].start > end) break;
        looked += 1;
        if (features[i].report.file === features[j].report.file) continue;
        const [lo, hi] = i < j ? [i, j] : [j, i];
        const id = lo * n + hi;
        if (seen.has(id)) continue;
        seen.add(id);
        pairs.push([lo, hi]);
      }
    }
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
