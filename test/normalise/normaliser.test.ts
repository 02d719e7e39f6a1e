import { describe, expect, test } from 'vitest';
import { createNormaliser } from '../../src/normalise/normaliser.js';

const config = {
  aliases: {
    Derik: ['al-Malikiyah', 'al-Malakiya', 'Dêrik'],
    'Qasr al-Dib': ['Qasir al-Dib', 'Qesirdib'],
    SOHR: ['Syrian Observatory for Human Rights', 'the UK-based monitor group'],
    'Syrian Observatory': ['the Observatory'],
  },
};

describe('normaliser', () => {
  test('applies aliases to whole words and phrases inside longer text', () => {
    const normaliser = createNormaliser(config);
    expect(normaliser.normalise('Qasir al-Dib near al-Malikiyah').text).toBe('qasr al dib near derik');
    expect(normaliser.normalise('a patrol outside Dêrik town').text).toContain('derik');
  });

  test('prefers the longest alias', () => {
    const normaliser = createNormaliser(config);
    // "Syrian Observatory" is itself a name, but the longer variant wins.
    expect(normaliser.normalise('the Syrian Observatory for Human Rights said').text).toBe('the sohr said');
    expect(normaliser.normalise('the Syrian Observatory said').text).toBe('the syrian observatory said');
  });

  test('matches a variant without its leading article, and only on word boundaries', () => {
    const normaliser = createNormaliser(config);
    expect(normaliser.normalise('according to UK-based monitor group').text).toContain('sohr');
    expect(normaliser.normalise('Derikville').text).toBe('derikville');
  });

  test('writes a configured name with the other names it contains, as any text is written', () => {
    const normaliser = createNormaliser({
      aliases: { 'US forces': ['US troops', 'American troops'], 'US troop numbers in Syria': ['US soldiers in Syria'] },
    });
    const words = (text: string) => [...normaliser.normalise(text).content].sort();
    // The topic's canonical name has "US troops" in it, which is itself a name: all three meet.
    expect(words('US soldiers in Syria')).toEqual(words('number of US troops in Syria'));
    expect(words('US troop numbers in Syria')).toEqual(words('number of American troops in Syria'));
  });

  test('recognises a configured name written in a new combination of its and its variants\' words', () => {
    const normaliser = createNormaliser({
      aliases: {
        'Russian military contractors': ['private military contractors', 'Wagner contractors'],
        'Russian military police': ['Russian MPs'],
      },
    });
    const byWords = (text: string) => normaliser.aliases.nameByWords(normaliser.normalise(text).content);
    expect(byWords('Russian private contractors')).toBe('Russian military contractors');
    // Words of both names: no one name fits.
    expect(byWords('Russian military')).toBeUndefined();
    expect(byWords('Russian private police')).toBeUndefined();
  });

  test('reads names unstemmed, so that transliterations keep their letters', () => {
    const normaliser = createNormaliser({ aliases: { 'Tal Hamis': ['Til Hemis'] } });
    expect(normaliser.name('Tal Hamees')).toEqual(['tal', 'hamees']);
    expect(normaliser.name('Til Hemis village')).toEqual(['tal', 'hamis', 'village']);
  });

  test('separates meaning from filler, and marks question words', () => {
    const normaliser = createNormaliser({ aliases: {} });
    expect(normaliser.normalise('There were joint patrols conducted').content).toEqual(['joint', 'patrol']);
    expect(normaliser.normalise('how many were killed').content).toEqual(['?count', 'kil']);
    expect(normaliser.normalise('number killed').content).toEqual(['?count', 'kil']);
    expect(normaliser.normalise('identity of the man killed').content).toEqual(['?who', 'kil']);
  });

  test('treats the built-in country names as one', () => {
    const normaliser = createNormaliser({ aliases: {} });
    expect(normaliser.normalise('American troops').text).toBe(normaliser.normalise('U.S. troops').text);
    expect(normaliser.normalise('United States troops').text).toBe('us troop');
  });

  test('memoises each distinct string', () => {
    const normaliser = createNormaliser(config);
    expect(normaliser.normalise('near Derik')).toBe(normaliser.normalise('near Derik'));
  });
});

describe('aliases without the Arabic article', () => {
  test('a variant written with "al-" also matches without it', () => {
    const normaliser = createNormaliser(config);
    expect(normaliser.normalise('Malikiyah').text).toBe('derik');
    expect(normaliser.normalise('al Malakiya').text).toBe('derik');
  });
});
