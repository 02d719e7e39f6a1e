import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IntervalIndex } from '../../src/compare/interval-index.js';

const bound = fc.oneof(fc.integer({ min: -5, max: 30 }), fc.constantFrom(-Infinity, Infinity));
const interval = fc.tuple(bound, bound).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);

describe('IntervalIndex', () => {
  it('finds, in ascending order, exactly the filed intervals that share a point with the query', () => {
    const filed = fc.array(fc.option(interval, { nil: undefined }), { maxLength: 40 });
    fc.assert(
      fc.property(filed, interval, (intervals, [min, max]) => {
        const index = new IntervalIndex(intervals.length);
        intervals.forEach((span, at) => span && index.insert(at, span[0], span[1]));
        const expected = intervals.flatMap((span, at) => (span && span[0] <= max && min <= span[1] ? [at] : []));
        expect([...index.overlapping(min, max)]).toEqual(expected);
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('reads no further than asked', () => {
    const index = new IntervalIndex(3);
    index.insert(0, 1, 5);
    index.insert(2, 4, 9);
    const found = index.overlapping(3, 4);
    expect(found.next().value).toBe(0);
    expect(found.next().value).toBe(2);
    expect(found.next().done).toBe(true);
  });
});
