import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchBounds } from '../../src/group/topic-links.js';
import { overlapTokens } from '../../src/normalise/weighted-match.js';

// Words that are equal, transliterations of each other, typos, or two of them written together.
const syllable = fc.constantFrom('qa', 'ka', 'sir', 'sr', 'dib', 'deeb', 'ha', 'sa', 'kah', 'keh', 'mi', 'shli', 'us', 'ru', 'patrol', 'convoy', '2');
const word = fc.array(syllable, { minLength: 1, maxLength: 3 }).map((parts) => parts.join(''));
const lists = fc.array(fc.array(word, { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 12 });

// Weights as a corpus gives them: a word's own, the same on every side.
function weightOf(token: string): number {
  let hash = 7;
  for (const c of token) hash = (hash * 31 + c.charCodeAt(0)) % 1009;
  return 0.25 + (hash % 8) / 4;
}

const weighted = (words: readonly string[]) => words.map((token) => ({ token, weight: weightOf(token) }));

describe('matchBounds', () => {
  it('bounds the weight overlapTokens matches for every pair, and leaves out only pairs that match nothing', () => {
    fc.assert(
      fc.property(lists, (input) => {
        const bounds = new Map(matchBounds(input, weightOf).map((b) => [`${b.i} ${b.j}`, b.most]));
        for (let i = 0; i < input.length; i++) {
          for (let j = i + 1; j < input.length; j++) {
            const { matched } = overlapTokens(weighted(input[i]), weighted(input[j]));
            const most = bounds.get(`${i} ${j}`);
            if (most === undefined) expect(matched).toBe(0);
            else expect(matched).toBeLessThanOrEqual(most + 1e-9);
          }
        }
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('pairs a word with the same word, a transliteration, and two words written together; not unrelated lists', () => {
    const input = [['qasir', 'dib'], ['qesirdib'], ['qasr', 'deeb'], ['convoy']];
    const pairs = matchBounds(input, () => 1).map(({ i, j }) => [i, j]);
    expect(pairs).toEqual([
      [0, 1],
      [0, 2],
      [1, 2],
    ]);
  });

  it('counts on each side only the words that can be matched', () => {
    const [bound] = matchBounds([['joint', 'patrols'], ['patrols', 'blocked', 'convoy']], (w) => (w === 'patrols' ? 1 : 3));
    // "patrols" on both sides, weight 1 each; nothing else can match.
    expect(bound).toEqual({ i: 0, j: 1, most: 1 });
  });
});
