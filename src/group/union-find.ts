/** Why a union was refused. */
export type UnionRefusal = 'different-keys' | 'same-article' | 'no-common-day';

/** The days an item allows its event to have happened on (tolerance included). */
export interface DaySpan {
  start: number;
  end: number;
}

const ANY_DAY: DaySpan = { start: -Infinity, end: Infinity };

/**
 * Disjoint sets of items with three cannot-link rules: a set holds at most one explicit key (sets with
 * different keys never merge, so different keys never meet even through a third item); and, for unions made
 * by similarity, two items of one article never meet (an article's events are different events unless keyed),
 * and a set keeps one day that every member's span allows (one event happened on one day: a chain of reports
 * a day apart each cannot stretch over a week).
 */
export class ConstrainedUnionFind {
  private readonly parent: number[];
  private readonly size: number[];
  private readonly keys: (string | undefined)[];
  private readonly articles: Set<string>[];
  private readonly spans: DaySpan[];

  /** `spans`: each item's days, with the tolerance applied; without them every day is allowed. */
  constructor(keys: readonly (string | undefined)[], articles: readonly string[], spans?: readonly DaySpan[]) {
    this.parent = keys.map((_, i) => i);
    this.size = keys.map(() => 1);
    this.keys = [...keys];
    this.articles = articles.map((article) => new Set([article]));
    this.spans = keys.map((_, i) => spans?.[i] ?? ANY_DAY);
  }

  /** The representative of an item's set. */
  find(item: number): number {
    let root = item;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[item] !== root) {
      const next = this.parent[item];
      this.parent[item] = root;
      item = next;
    }
    return root;
  }

  /** Why two items' sets may not merge, or undefined when they may. */
  refusal(a: number, b: number, bySimilarity: boolean): UnionRefusal | undefined {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return undefined;
    const ka = this.keys[ra];
    const kb = this.keys[rb];
    if (ka !== undefined && kb !== undefined && ka !== kb) return 'different-keys';
    if (bySimilarity) {
      const [sa, sb] = [this.spans[ra], this.spans[rb]];
      if (Math.max(sa.start, sb.start) > Math.min(sa.end, sb.end)) return 'no-common-day';
      const [small, large] =
        this.articles[ra].size <= this.articles[rb].size ? [this.articles[ra], this.articles[rb]] : [this.articles[rb], this.articles[ra]];
      for (const article of small) if (large.has(article)) return 'same-article';
    }
    return undefined;
  }

  /** Merges two items' sets unless a rule forbids it; returns the refusal, or undefined once merged. */
  union(a: number, b: number, bySimilarity: boolean): UnionRefusal | undefined {
    const why = this.refusal(a, b, bySimilarity);
    if (why) return why;
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return undefined;
    if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
    this.keys[ra] ??= this.keys[rb];
    const [sa, sb] = [this.spans[ra], this.spans[rb]];
    const common = { start: Math.max(sa.start, sb.start), end: Math.min(sa.end, sb.end) };
    // A key may join reports that share no day (a date conflict): the set then allows any day either allows.
    this.spans[ra] = common.start <= common.end ? common : { start: Math.min(sa.start, sb.start), end: Math.max(sa.end, sb.end) };
    for (const article of this.articles[rb]) this.articles[ra].add(article);
    this.articles[rb].clear();
    return undefined;
  }

  /** The sets, each as its items in ascending order, ordered by their first item. */
  sets(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const root = this.find(i);
      let members = byRoot.get(root);
      if (!members) {
        members = [];
        byRoot.set(root, members);
      }
      members.push(i);
    }
    return [...byRoot.values()];
  }
}
