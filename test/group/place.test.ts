import { describe, expect, test } from 'vitest';
import { PLACE_VETO } from '../../src/check/thresholds.js';
import { placeFeatures, placeWeightKeys, weighPlace } from '../../src/group/place.js';
import { placeScore } from '../../src/group/place-score.js';
import { TokenWeights } from '../../src/normalise/idf.js';
import { createNormaliser } from '../../src/normalise/normaliser.js';

const normaliser = createNormaliser({ aliases: { Derik: ['al-Malikiyah'] } });
// A corpus of places in one province, so that the shared district and the generic "Tal" are common words.
const CORPUS = [
  'Khirbet Amo, al-Qamishli countryside',
  'Tal Hamis, al-Qamishli countryside',
  'Tal Tamr, al-Hasakah',
  'Amuda, al-Qamishli countryside',
  'Derik',
  'Rmelan, al-Qamishli countryside',
  'Tal Baydar, al-Hasakah countryside',
  'Tal Nasri, Tal Tamr countryside',
  'Tal Ruman, Tal Tamr countryside',
  'Til Brak',
  'Umm Madfa, al-Hasakah countryside',
  'Ain al-Khadra, Derik countryside',
];
const weights = new TokenWeights();
for (const place of CORPUS) weights.add(placeWeightKeys(placeFeatures(place, normaliser)));
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
    expect(score('Khirbet Amo, al-Qamishli countryside', 'Tal Hamis, al-Qamishli countryside')).toBeLessThanOrEqual(PLACE_VETO);
    expect(score('Khirbet Amo', 'Khirbet Ammar')).toBeLessThan(0.6);
  });

  test('a tail never stands for the head of another place', () => {
    // A village written with its district is not the town the district is named after.
    expect(score('Tal Roman, Tel Tamer countryside', 'Tal Tamr')).toBeLessThanOrEqual(PLACE_VETO);
    expect(score('Tel Jumaa, Tal Tamr countryside', 'near Tal Tamr')).toBeLessThanOrEqual(PLACE_VETO);
    expect(score('Tal Roman, Tel Tamer countryside', 'Tel Rumman village')).toBeGreaterThanOrEqual(0.8);
  });

  test('similar-sounding villages stay apart while their transliterations meet', () => {
    expect(score('Tal Nasri', 'Tal Nasir')).toBeLessThanOrEqual(PLACE_VETO);
    expect(score('Umm Hajar', 'Umm Hajra')).toBeLessThanOrEqual(PLACE_VETO);
    expect(score('Ain Dara', 'Ain Diwar')).toBeLessThanOrEqual(PLACE_VETO);
    expect(score('Tal Ali', 'Tal Alo')).toBeLessThanOrEqual(PLACE_VETO);
    expect(score('Tal Nasri', 'Tel Nasry')).toBeGreaterThanOrEqual(0.8);
    expect(score('Umm Hajar', 'Um Hejer')).toBeGreaterThanOrEqual(0.8);
    expect(score('Tal Ali', 'Til Eli')).toBeGreaterThanOrEqual(0.8);
  });

  test('a generic word in a rare spelling is no match', () => {
    // "Til" is rare as written, but it is "Tal" (hill), which half the villages have.
    expect(score('Til Werd', 'Til Brak')).toBeLessThanOrEqual(PLACE_VETO);
  });

  test('two names the configuration gives as different places are different places', () => {
    const configured = createNormaliser({ aliases: { 'Tal Nasri': ['Tel Nasri'], 'Tal Nasir': ['Tel Nasir', 'Tal Naseer'] } });
    const read = (place: string) => weighPlace(placeFeatures(place, configured), weights);
    expect(placeFeatures('Tal Naseer village', configured).configured).toBe('Tal Nasir');
    expect(placeScore(read('Tel Nasri, Tal Tamr countryside'), read('Tal Naseer'))).toBe(0);
    expect(placeScore(read('Tel Nasri, Tal Tamr countryside'), read('near Tal Nasri'))).toBe(1);
  });

  test('a region stands a little way from a village inside it', () => {
    const region = score('al-Qamishli countryside', 'Khirbet Amo, al-Qamishli countryside');
    expect(region).toBeGreaterThan(PLACE_VETO);
    expect(region).toBeLessThan(0.8);
  });
});
