/**
 * Forms positions (contract §2.3) from items in the contract's order: an item joins the first position,
 * in the order positions were opened, whose every distinct answer agrees with its own; else it opens a new
 * one. Agreement need not be transitive ("at least 2" agrees with "1-3" and with "5", which disagree with
 * each other): this rule keeps every pair inside a position in agreement and depends only on the order.
 * Items with the same answer key always share a position. `agree` is asked at most once per pair of keys.
 */
export function formPositions<T>(items: readonly T[], keyOf: (item: T) => string, agree: (a: string, b: string) => boolean): T[][] {
  const positions: { keys: string[]; items: T[] }[] = [];
  const positionOfKey = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    let p = positionOfKey.get(key);
    if (p === undefined) {
      // Each new key is compared once with each key already placed, so no verdict is asked twice.
      p = positions.findIndex((position) => position.keys.every((other) => agree(key, other)));
      if (p < 0) {
        p = positions.length;
        positions.push({ keys: [], items: [] });
      }
      positions[p].keys.push(key);
      positionOfKey.set(key, p);
    }
    positions[p].items.push(item);
  }
  return positions.map((position) => position.items);
}
