import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pairScore, pairsDifferingInBoth, pairsSharing } from '../../src/eval/pairs.js';

// Items with two small labels, so that collisions in both are common.
const items = fc.array(fc.record({ a: fc.integer({ min: 0, max: 3 }), b: fc.integer({ min: 0, max: 3 }) }), { maxLength: 25 });

function bruteForce<T>(list: readonly T[], keep: (x: T, y: T) => boolean): number {
  let count = 0;
  for (let i = 0; i < list.length; i += 1) for (let j = i + 1; j < list.length; j += 1) if (keep(list[i], list[j])) count += 1;
  return count;
}

describe('pair counting', () => {
  it('counts pairs sharing a key as enumerating every pair would', () => {
    fc.assert(fc.property(items, (list) => pairsSharing(list, (x) => `${x.a}`) === bruteForce(list, (x, y) => x.a === y.a)));
  });

  it('counts pairs differing in both keys as enumerating every pair would', () => {
    fc.assert(
      fc.property(items, (list) =>
        pairsDifferingInBoth(list, (x) => `${x.a}`, (x) => `${x.b}`) === bruteForce(list, (x, y) => x.a !== y.a && x.b !== y.b),
      ),
    );
  });
});

describe('pairScore', () => {
  it('computes precision, recall and their harmonic mean', () => {
    const score = pairScore(10, 8, 6);
    expect(score.precision).toBe(0.75);
    expect(score.recall).toBe(0.6);
    expect(score.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35, 12);
  });

  it('gives 1.0 only when nothing was expected and nothing predicted', () => {
    expect(pairScore(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(pairScore(5, 0, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(pairScore(0, 5, 0)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
