import { describe, expect, test } from 'vitest';
import { TOKEN_MATCH } from '../../src/check/thresholds.js';
import { skeleton } from '../../src/normalise/skeleton.js';
import { similarity } from '../../src/normalise/similarity.js';
import { tokenSimilarity } from '../../src/normalise/token-similarity.js';
import { TokenWeights } from '../../src/normalise/idf.js';
import { containmentScore, diceScore, overlapTokens } from '../../src/normalise/weighted-match.js';

describe('skeleton', () => {
  test('gives transliterations of one name one key', () => {
    expect(skeleton('qasir')).toBe(skeleton('qasr'));
    expect(skeleton('qesirdib')).toBe(skeleton('qasrdib'));
    expect(skeleton('hasakah')).toBe(skeleton('hassakeh'));
    expect(skeleton('hasakeh')).toBe(skeleton('hasaka'));
    expect(skeleton('khirbet')).toBe(skeleton('khirbat'));
    expect(skeleton('malikiyah')).toBe(skeleton('malakiya'));
    expect(skeleton('qamishli')).toBe(skeleton('kamishli'));
  });
});

describe('tokenSimilarity', () => {
  test('transliterations meet', () => {
    for (const [a, b] of [
      ['qasir', 'qasr'],
      ['khirbet', 'khirbat'],
      ['khirbet', 'xirbet'],
      ['ghazal', 'gazal'],
      ['qarachok', 'qerecox'],
      ['amo', 'ammu'],
      ['ali', 'eli'],
      ['tel', 'tal'],
      ['tamr', 'tamer'],
      ['tamr', 'temir'],
      ['hajar', 'hejer'],
      ['hasakah', 'hassakeh'],
      ['hormizd', 'hurmiz'],
      ['mazraat', 'mazraa'],
      ['dhahab', 'dahab'],
      ['qesirdib', 'qasrdib'],
      ['russia', 'russian'],
      ['cause', 'caus'],
    ]) {
      expect(tokenSimilarity(a, b), `${a} ~ ${b}`).toBeGreaterThanOrEqual(TOKEN_MATCH);
    }
  });

  test('different names on one consonant skeleton stay apart', () => {
    for (const [a, b] of [
      // A vowel moved from one gap to another.
      ['nasri', 'nasir'],
      ['hajar', 'hajra'],
      // A final vowel, or a long vowel inside, that the other lacks.
      ['dara', 'diwar'],
      ['hajra', 'hajeira'],
      // The final vowel of a short name.
      ['ali', 'alo'],
    ]) {
      expect(tokenSimilarity(a, b), `${a} ~ ${b}`).toBeLessThan(TOKEN_MATCH);
    }
  });

  test('different names and words stay apart', () => {
    for (const [a, b] of [
      ['hamis', 'hamid'],
      ['ghazal', 'ghazi'],
      ['amo', 'ammar'],
      ['police', 'contractor'],
      ['kil', 'injur'],
      ['derik', 'tamer'],
    ]) {
      expect(tokenSimilarity(a, b), `${a} ~ ${b}`).toBeLessThan(TOKEN_MATCH);
    }
  });

  test('numbers match only themselves', () => {
    expect(tokenSimilarity('12', '12')).toBe(1);
    expect(tokenSimilarity('12', '13')).toBe(0);
  });
});

describe('similarity', () => {
  test('is the letter-pair similarity, 1 for equal strings', () => {
    expect(similarity('night', 'nacht')).toBeCloseTo(0.25);
    expect(similarity('same', 'same')).toBe(1);
  });
});

describe('weighted token overlap', () => {
  const w = (tokens: string[], weight = 1) => tokens.map((token) => ({ token, weight }));

  test('matches a name written as one word to the two words of another spelling', () => {
    const overlap = overlapTokens(w(['russian', 'base', 'qesirdib']), w(['russian', 'base', 'qasr', 'dib']));
    expect(overlap.matchedA).toBeCloseTo(2 + 0.9);
    expect(overlap.matchedB).toBeCloseTo(2 + 0.9 * 2);
    expect(overlapTokens(w(['qesirdib']), w(['dib', 'qasr'])).matched).toBe(0);
  });

  test('matches equal tokens first, then the most similar', () => {
    const overlap = overlapTokens(w(['khirbet', 'amo']), w(['khirbat', 'ammu', 'village']));
    expect(overlap.matchedA).toBeCloseTo(0.9 + 0.8);
    expect(overlap.totalB).toBe(3);
  });

  test('containment forgives the longer side by the penalty; Dice does not', () => {
    const overlap = overlapTokens(w(['joint', 'patrol']), w(['us', 'russian', 'joint', 'patrol']));
    expect(containmentScore(overlap, 0)).toBe(1);
    expect(containmentScore(overlap, 0.25)).toBeCloseTo(2 / 2.5);
    expect(diceScore(overlap)).toBeCloseTo(4 / 6);
  });

  test('rarer tokens weigh more', () => {
    const weights = new TokenWeights();
    weights.add(['qamishli', 'amo']);
    weights.add(['qamishli', 'hamis']);
    weights.add(['qamishli', 'derik']);
    expect(weights.weight('amo')).toBeGreaterThan(weights.weight('qamishli'));
    expect(weights.weight('qamishli')).toBeCloseTo(Math.log(2));
  });
});
