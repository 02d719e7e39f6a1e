import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TOKEN_MATCH } from '../../src/check/thresholds.js';
import { tokenPartners, type UnitRoles } from '../../src/normalise/token-partners.js';
import { tokenSimilarity } from '../../src/normalise/token-similarity.js';
import { JOINED_LENGTH_SLACK } from '../../src/normalise/weighted-match.js';

// Transliterations, typos and words written together: units that are alike in every way tokenSimilarity knows.
const syllable = fc.constantFrom('qa', 'ka', 'sir', 'sr', 'dib', 'deeb', 'ha', 'sa', 'kah', 'keh', 'mi', 'shli', 'kh', 'ir', 'bet', 'al', 'o', 'u', 'e', '2');
const unit = fc.array(syllable, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const roles = fc.constantFrom<UnitRoles>({ word: true, joined: false }, { word: false, joined: true }, { word: true, joined: true });

// Every pair rated: a word against a word, or against a unit that only stands for two words written together
// when the two are about as long (`overlapTokens` compares no others); never two joined units.
function bruteForce(units: ReadonlyMap<string, UnitRoles>): Map<string, string[]> {
  const list = [...units.keys()];
  const found = new Map<string, string[]>(list.map((u) => [u, []]));
  for (const a of list) {
    for (const b of list) {
      const ra = units.get(a) as UnitRoles;
      const rb = units.get(b) as UnitRoles;
      const asLong = Math.abs(a.length - b.length) <= JOINED_LENGTH_SLACK;
      const comparable = (ra.word && rb.word) || (ra.word && rb.joined && asLong) || (ra.joined && rb.word && asLong);
      if (a === b ? ra.word : comparable && tokenSimilarity(a, b) >= TOKEN_MATCH) found.get(a)?.push(b);
    }
  }
  return found;
}

const sorted = (partners: Map<string, { unit: string }[]>) => new Map([...partners].map(([u, list]) => [u, list.map((p) => p.unit).sort()]));

describe('tokenPartners', () => {
  it('finds every pair tokenSimilarity rates at or above TOKEN_MATCH, and no other', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(unit, roles), { selector: ([u]) => u, maxLength: 30 }), (entries) => {
        const units = new Map(entries);
        const expected = new Map([...bruteForce(units)].map(([u, list]) => [u, [...list].sort()]));
        expect(sorted(tokenPartners(units))).toEqual(expected);
      }),
      { seed: 5, numRuns: 300 },
    );
  });

  it('finds them among long units too, which are keyed by their letter pairs one by one', () => {
    // Long units and their variants (a syllable changed or dropped), from 20 to 60 letters.
    const long = fc.array(syllable, { minLength: 10, maxLength: 24 }).chain((parts) =>
      fc.array(fc.tuple(fc.nat(parts.length - 1), fc.option(syllable)), { minLength: 1, maxLength: 6 }).map((edits) =>
        edits.map(([at, replacement]) => [...parts.slice(0, at), ...(replacement === null ? [] : [replacement]), ...parts.slice(at + 1)].join('')),
      ),
    );
    fc.assert(
      fc.property(fc.array(long, { maxLength: 4 }), roles, (groups, role) => {
        const units = new Map([...new Set(groups.flat())].map((u) => [u, role]));
        const expected = new Map([...bruteForce(units)].map(([u, list]) => [u, [...list].sort()]));
        expect(sorted(tokenPartners(units))).toEqual(expected);
      }),
      { seed: 9, numRuns: 300 },
    );
  });

  it('finds a unit written as two words whose skeleton is a word\'s with one consonant more', () => {
    // Qasirsir (k-s-r-s-r) and Qarsir (k-r-s-r) share too few letter pairs: only their skeletons make them alike.
    const partners = tokenPartners(new Map([['qarsir', { word: true, joined: false }], ['qasirsir', { word: false, joined: true }]]));
    expect(tokenSimilarity('qarsir', 'qasirsir')).toBe(TOKEN_MATCH);
    expect(partners.get('qasirsir')).toEqual([{ unit: 'qarsir', sim: TOKEN_MATCH }]);
  });

  it('pairs a unit that only stands for two words written together only with words about as long', () => {
    const units = new Map<string, UnitRoles>([
      ['shlishlishli', { word: true, joined: false }],
      ['shlishlishlishli', { word: false, joined: true }],
      ['shlishlishlish', { word: false, joined: true }],
    ]);
    // Alike by their letters, but four letters apart: overlapTokens never compares them.
    expect(tokenSimilarity('shlishlishli', 'shlishlishlishli')).toBeGreaterThanOrEqual(TOKEN_MATCH);
    expect(tokenPartners(units).get('shlishlishli')?.map((p) => p.unit)).toEqual(['shlishlishli', 'shlishlishlish']);
  });

  it('gives how alike the two are', () => {
    const partners = tokenPartners(new Map([['qasir', { word: true, joined: false }], ['qasr', { word: true, joined: false }]]));
    expect(partners.get('qasr')).toEqual([
      { unit: 'qasr', sim: 1 },
      { unit: 'qasir', sim: tokenSimilarity('qasr', 'qasir') },
    ]);
  });
});
