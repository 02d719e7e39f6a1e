import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import stringSimilarity from 'string-similarity';
import { similarity } from '../../src/normalise/similarity.js';

// The letter-pair Dice coefficient must stay the one the thresholds were tuned on: string-similarity's.
const reference = (a: string, b: string) => stringSimilarity.compareTwoStrings(a, b);

describe('similarity', () => {
  it('scores letter pairs in common, counting a repeated pair as often as both strings have it', () => {
    expect(similarity('night', 'nacht')).toBe(0.25);
    expect(similarity('aaaa', 'aa')).toBe(0.5);
    expect(similarity('hasakah', 'hassakeh')).toBe(reference('hasakah', 'hassakeh'));
  });

  it('ignores white space, and scores strings of under two letters 0 unless equal', () => {
    const cases: [string, string, number][] = [
      ['al hasakah', 'alhasakah', 1],
      ['a', 'ab', 0],
      ['', '', 1],
      [' x', 'x ', 1],
    ];
    for (const [a, b, score] of cases) expect(similarity(a, b), `"${a}" ~ "${b}"`).toBe(score);
  });

  it('gives exactly what string-similarity gives, for any strings', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'k', 'h', ' ', '\t', 'é', '\u{1F600}', 'ش', '\uffff'), maxLength: 12 });
    fc.assert(fc.property(letters, letters, (a, b) => Object.is(similarity(a, b), reference(a, b))), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => Object.is(similarity(a, b), reference(a, b))));
  });

  it('gives the same score asked again or the other way round', () => {
    const first = similarity('qamishli', 'kamishli');
    expect(similarity('qamishli', 'kamishli')).toBe(first);
    expect(similarity('kamishli', 'qamishli')).toBe(first);
  });
});
