/** What forming positions asks of the answers, so that it need not look at every position for every answer. */
export interface PositionIndex {
  /**
   * The positions opened so far, ascending, that `key` may join: at least every position whose first key
   * agrees with it (a key that joins a position agrees with all of its keys, the first one too).
   */
  candidates(key: string): Iterable<number>;
  /** Whether `key` agrees with every key of the position. */
  fits(key: string, position: number): boolean;
  /** Records that `key` is placed in the position; the first key placed in a position opens it. */
  add(key: string, position: number): void;
}

/** Every position a candidate, its keys checked one by one: the plain rule, which an index must match. */
export function everyPosition(agree: (a: string, b: string) => boolean): PositionIndex {
  const keys: string[][] = [];
  return {
    candidates: () => keys.map((_, position) => position),
    fits: (key, position) => keys[position].every((other) => agree(key, other)),
    add: (key, position) => {
      if (position === keys.length) keys.push([]);
      keys[position].push(key);
    },
  };
}

// The first candidate the key fits; candidates are read only that far.
function firstFit(index: PositionIndex, key: string): number | undefined {
  for (const candidate of index.candidates(key)) if (index.fits(key, candidate)) return candidate;
  return undefined;
}

/**
 * Forms positions (contract §2.3) from items in the contract's order: an item joins the first position,
 * in the order positions were opened, whose every distinct answer agrees with its own; else it opens a new
 * one. Agreement need not be transitive ("at least 2" agrees with "1-3" and with "5", which disagree with
 * each other): this rule keeps every pair inside a position in agreement and depends only on the order.
 * Items with the same answer key always share a position. Each new key is compared once at most with each
 * key already placed; an `index` (which must give the plain rule's result) narrows that to the positions the
 * key can join, and may tell whether it fits one without asking key by key.
 */
export function formPositions<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  agree: (a: string, b: string) => boolean,
  index: PositionIndex = everyPosition(agree),
): T[][] {
  const positions: T[][] = [];
  const positionOfKey = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    let p = positionOfKey.get(key);
    if (p === undefined) {
      p = firstFit(index, key) ?? positions.length;
      if (p === positions.length) positions.push([]);
      index.add(key, p);
      positionOfKey.set(key, p);
    }
    positions[p].push(item);
  }
  return positions;
}
