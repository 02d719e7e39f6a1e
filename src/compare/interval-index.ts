/**
 * Closed intervals filed under numbers 0 … capacity − 1 (positions, in the order they were opened): finds, in
 * ascending order and only as far as the caller reads, those that share a point with a query interval. A
 * binary tree over the numbers keeps the earliest start and the latest end below each node, so that the walk
 * skips every subtree that cannot hold an overlapping interval. Intervals with a NaN end must not be filed.
 */
export class IntervalIndex {
  private readonly size: number;
  private readonly minStart: Float64Array;
  private readonly maxEnd: Float64Array;
  private readonly filed: Uint8Array;

  constructor(capacity: number) {
    let size = 1;
    while (size < capacity) size *= 2;
    this.size = size;
    this.minStart = new Float64Array(2 * size).fill(Infinity);
    this.maxEnd = new Float64Array(2 * size).fill(-Infinity);
    this.filed = new Uint8Array(size);
  }

  /** Files [min, max] under `at`, which has none yet. */
  insert(at: number, min: number, max: number): void {
    let node = at + this.size;
    this.filed[at] = 1;
    this.minStart[node] = min;
    this.maxEnd[node] = max;
    while (node > 1) {
      node >>= 1;
      this.minStart[node] = Math.min(this.minStart[2 * node], this.minStart[2 * node + 1]);
      this.maxEnd[node] = Math.max(this.maxEnd[2 * node], this.maxEnd[2 * node + 1]);
    }
  }

  /** The numbers whose interval shares a point with [min, max], ascending. */
  *overlapping(min: number, max: number): Generator<number> {
    const stack = [1];
    while (stack.length > 0) {
      const node = stack.pop() as number;
      if (!(this.minStart[node] <= max && this.maxEnd[node] >= min)) continue;
      if (node < this.size) stack.push(2 * node + 1, 2 * node);
      // A leaf passes the test by its own interval; one with nothing filed passes only an unbounded query.
      else if (this.filed[node - this.size] === 1) yield node - this.size;
    }
  }
}
