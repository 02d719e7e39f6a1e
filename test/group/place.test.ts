import { describe, expect, test } from 'vitest';
import { PLACE_VETO } from '../../src/check/thresholds.js';
import { placeFeatures, placeScore, weighPlace } from '../../src/group/place.js';
import { TokenWeights } from '../../src/normalise/idf.js';
import { createNormaliser } from '../../src/normalise/normaliser.js';

const normaliser = createNormaliser({ aliases: { Derik: ['al-Malikiyah'] } });
// A corpus of places in one province, so that the shared district is a common word.
const CORPUS = [
  'Khirbet Amo, al-Qamishli countryside',
  'Tal Hamis, al-Qamishli countryside',
  'Tal Tamr, al-Hasakah',
  'Amuda, al-Qamishli countryside',
  'Derik',
  'Rmelan, al-Qamishli countryside',
];
const weights = new TokenWeights();
for (const place of CORPUS) weights.add(placeFeatures(place, normaliser).tokens.map((t) => t.token));
const score = (a: string, b: string) => placeScore(weighPlace(placeFeatures(a, normaliser), weights), weighPlace(placeFeatures(b, normaliser), weights));

describe('placeFeatures', () => {
  test('takes the head before the first comma or relation word, and drops filler', () => {
    expect(placeFeatures('Khirbet Amo village near Qamishli city', normaliser).headName).toBe('khirbetamo');
    expect(placeFeatures('near Tel Tamer, al-Hasakah countryside', normaliser).headName).toBe('teltamer');
    expect(placeFeatures('al-Malikiyah (Derik)', normaliser).headName).toBe('derik');
  });
});

describe('placeScore', () => {
  test('transliterations and varying tails meet', () => {
    expect(score('Khirbet Amo, al-Qamishli countryside', 'Khirbat Ammu village')).toBeGreaterThanOrEqual(0.85);
    expect(score('Qasir al-Dib', 'Qesirdib')).toBeGreaterThanOrEqual(0.9);
    expect(score('Tal Tamr', 'near Tel Tamer, al-Hassakeh countryside')).toBeGreaterThanOrEqual(0.85);
    expect(score('al-Malikiyah', 'outside Derik')).toBe(1);
  });

  test('two villages of one district do not match on the district', () => {
    expect(score('Khirbet Amo, al-Qamishli countryside', 'Tal Hamis, al-Qamishli countryside')).toBeLessThan(PLACE_VETO);
    expect(score('Khirbet Amo', 'Khirbet Ammar')).toBeLessThan(0.6);
  });

  test('a region stands a little way from a village inside it', () => {
    const region = score('al-Qamishli countryside', 'Khirbet Amo, al-Qamishli countryside');
    expect(region).toBeGreaterThanOrEqual(PLACE_VETO);
    expect(region).toBeLessThan(0.8);
  });
});
