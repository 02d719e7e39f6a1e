import { describe, expect, test } from 'vitest';
import { ConstrainedUnionFind } from '../../src/group/union-find.js';

describe('ConstrainedUnionFind', () => {
  test('joins transitively', () => {
    const sets = new ConstrainedUnionFind([undefined, undefined, undefined, undefined], ['a', 'b', 'c', 'd']);
    sets.union(0, 1, true);
    sets.union(1, 2, true);
    expect(sets.sets()).toEqual([[0, 1, 2], [3]]);
  });

  test('never joins two different keys, even through a third item', () => {
    const sets = new ConstrainedUnionFind(['k1', undefined, 'k2'], ['a', 'b', 'c']);
    expect(sets.union(0, 1, true)).toBeUndefined();
    expect(sets.union(1, 2, true)).toBe('different-keys');
    expect(sets.union(2, 0, false)).toBe('different-keys');
    expect(sets.sets()).toEqual([[0, 1], [2]]);
  });

  test('keeps two events of one article apart unless a key joins them', () => {
    const sets = new ConstrainedUnionFind([undefined, undefined, undefined], ['a', 'b', 'a']);
    sets.union(0, 1, true);
    expect(sets.union(1, 2, true)).toBe('same-article');
    expect(sets.sets()).toEqual([[0, 1], [2]]);

    const keyed = new ConstrainedUnionFind(['k', 'k'], ['a', 'a']);
    expect(keyed.union(0, 1, false)).toBeUndefined();
    expect(keyed.sets()).toEqual([[0, 1]]);
  });

  test('keeps one day that every member of a set allows, unless keys join them', () => {
    // Day spans with the tolerance applied: a month (days 0–29), and two days 18 days apart inside it.
    const spans = [{ start: 0, end: 29 }, { start: 1, end: 3 }, { start: 19, end: 21 }, { start: 19, end: 21 }];
    const sets = new ConstrainedUnionFind([undefined, undefined, undefined, 'k'], ['a', 'b', 'c', 'd'], spans);
    expect(sets.union(0, 1, true)).toBeUndefined();
    // The month allows both days, but its set now lies at days 1–3.
    expect(sets.union(0, 2, true)).toBe('no-common-day');
    expect(sets.union(2, 3, true)).toBeUndefined();
    expect(sets.sets()).toEqual([[0, 1], [2, 3]]);

    const keyed = new ConstrainedUnionFind(['k', 'k'], ['a', 'b'], [{ start: 1, end: 3 }, { start: 19, end: 21 }]);
    expect(keyed.union(0, 1, false)).toBeUndefined();
    expect(keyed.sets()).toEqual([[0, 1]]);
  });
});
