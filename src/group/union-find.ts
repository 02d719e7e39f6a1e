/** Why a union was refused. */
export type UnionRefusal = 'different-keys' | 'same-article';

/**
 * Disjoint sets of items with two cannot-link rules: a set holds at most one explicit key (sets with
 * different keys never merge, so different keys never meet even through a third item), and, for unions made
 * by similarity, two items of one article never meet (an article's events are different events unless keyed).
 */
export class ConstrainedUnionFind {
  private readonly parent: number[];
  private readonly size: number[];
  private readonly keys: (string | undefined)[];
  private readonly articles: Set<string>[];

  constructor(keys: readonly (string | undefined)[], articles: readonly string[]) {
    this.parent = keys.map((_, i) => i);
    this.size = keys.map(() => 1);
    this.keys = [...keys];
    this.articles = articles.map((article) => new Set([article]));
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
