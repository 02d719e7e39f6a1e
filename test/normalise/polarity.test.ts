import { describe, expect, test } from 'vitest';
import { createNormaliser } from '../../src/normalise/normaliser.js';
import { detectPolarity } from '../../src/normalise/polarity.js';
import { detectHedge } from '../../src/normalise/hedge.js';

const normaliser = createNormaliser({ aliases: {} });
const polarity = (text: string) => detectPolarity(normaliser.normalise(text).tokens);

describe('detectPolarity', () => {
  test('finds negation cues', () => {
    for (const text of ['no joint patrols', 'there were no joint patrols', 'not a civilian', 'never happened', 'denied', 'did not take place', "didn't happen", 'none', 'without casualties', 'false']) {
      expect(polarity(text).negated, text).toBe(true);
    }
  });

  test('keeps what is said once the cue is out', () => {
    expect(polarity('there were no joint patrols').residual).toEqual(polarity('there were joint patrols').residual);
  });

  test('does not take "not only", "no doubt" or "nothing but" for a negation', () => {
    expect(polarity('not only civilians').negated).toBe(false);
    expect(polarity('no doubt a drone strike').negated).toBe(false);
    expect(polarity('nothing but a rumour').negated).toBe(false);
  });

  test('takes "no longer" for a negation: the state ended', () => {
    expect(polarity('no longer present').negated).toBe(true);
  });

  test('two negations cancel out', () => {
    expect(polarity('not untrue').negated).toBe(false);
  });

  test('recognises plain affirmations', () => {
    expect(polarity('confirmed')).toEqual({ negated: false, cued: true, residual: [] });
    expect(polarity('joint patrols').cued).toBe(false);
  });
});

describe('detectHedge', () => {
  test('finds reservations in a quote', () => {
    for (const quote of [
      'One Syrian man was reportedly killed',
      'the allegedly Russian contractors',
      'According to the WSJ, these are contractors',
      'It is likely that these troops are police',
      'a Russian patrol was said to have come toe-to-toe',
      'Russia appeared to be making the incursions',
      'unconfirmed reports of a drone strike',
    ]) {
      expect(detectHedge(quote), quote).toBe(true);
    }
  });

  test('leaves plain statements alone', () => {
    expect(detectHedge('the US patrol came under small arms fire')).toBe(false);
    expect(detectHedge('an unlikely alliance')).toBe(false);
  });
});
