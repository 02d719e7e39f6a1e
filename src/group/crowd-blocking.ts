import { CROWD_KEY_MAX_REPORTS, CROWD_KEYS_PER_REPORT, CROWDED_RUN } from '../check/thresholds.js';
import { skeleton } from '../normalise/skeleton.js';
import type { EventFeatures } from './event-features.js';

/** A word as a key inside a crowd: its consonant skeleton, so that spellings of one name meet ("Amuda", "Amouda"). */
export function crowdKey(token: string): string {
  const sk = skeleton(token);
  return sk.length >= 2 ? sk : token;
}

/** The words of a report that can tell it apart inside a crowd: its title's, actors' and place's, as keys. */
export function crowdKeys(features: EventFeatures): string[] {
  const tokens = [...features.fullTitle, ...features.actors, ...(features.place ? [...features.place.head, ...features.place.tail] : [])];
  return [...new Set(tokens.map((t) => crowdKey(t.token)))].sort();
}

/** The first index of the ascending `list` whose value is above `value` (its length when none is). */
export function upperBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One crowded blocking bucket (many items under one key, on overlapping dates for reports), indexed by the
 * items' keys (`crowdKeys` for reports), so that an item is paired only with those that share a word rare among them.
 */
export class CrowdIndex {
  // Each key's positions in the bucket, ascending.
  private readonly postings = new Map<string, number[]>();

  /** `keysAt(p)`: the keys of the item at position `p` of the bucket. */
  constructor(
    size: number,
    private readonly keysAt: (position: number) => readonly string[],
  ) {
    for (let p = 0; p < size; p++) {
      for (const key of keysAt(p)) {
        let list = this.postings.get(key);
        if (!list) {
          list = [];
          this.postings.set(key, list);
        }
        list.push(p);
      }
    }
  }

  /**
   * The positions after `p` up to `last` that share with `p` one of its `CROWD_KEYS_PER_REPORT` rarest keys,
   * counted among those positions; a key more than `CROWD_KEY_MAX_REPORTS` of them share tells nothing apart.
   * At most `CROWD_KEYS_PER_REPORT × CROWD_KEY_MAX_REPORTS` positions, ascending, without repeats.
   */
  partners(p: number, last: number): number[] {
    const shared: { key: string; from: number; to: number }[] = [];
    for (const key of this.keysAt(p)) {
      const list = this.postings.get(key)!;
      const from = upperBound(list, p);
      const to = upperBound(list, last);
      if (to > from && to - from <= CROWD_KEY_MAX_REPORTS) shared.push({ key, from, to });
    }
    shared.sort((x, y) => x.to - x.from - (y.to - y.from) || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
    const found = new Set<number>();
    for (const { key, from, to } of shared.slice(0, CROWD_KEYS_PER_REPORT)) {
      const list = this.postings.get(key)!;
      for (let k = from; k < to; k++) found.add(list[k]);
    }
    return [...found].sort((x, y) => x - y);
  }
}

/**
 * Pairs the items of one blocking bucket: the item at position `p` with those after it up to `lastOf(p)` — all
 * of them while they are at most `CROWDED_RUN`, else only those that share one of its rarest keys there (see
 * `CrowdIndex`; the index is built only if needed). Each item is thus paired with a bounded number of others.
 */
export function pairWithinBucket(
  size: number,
  lastOf: (p: number) => number,
  keysAt: (p: number) => readonly string[],
  pair: (p: number, q: number) => void,
): void {
  let crowd: CrowdIndex | undefined;
  for (let p = 0; p < size; p++) {
    const last = lastOf(p);
    if (last - p <= CROWDED_RUN) {
      for (let q = p + 1; q <= last; q++) pair(p, q);
      continue;
    }
    crowd ??= new CrowdIndex(size, keysAt);
    for (const q of crowd.partners(p, last)) pair(p, q);
  }
}
