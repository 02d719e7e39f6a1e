import { describe, expect, test } from 'vitest';
import { foldText } from '../../src/normalise/fold.js';

describe('foldText', () => {
  test('strips diacritics and case', () => {
    expect(foldText('Dêrik')).toBe('derik');
    expect(foldText('ĀMŪDA')).toBe('amuda');
  });

  test('unifies typographic quotes and dashes, and drops apostrophes and ʿ ʾ inside words', () => {
    expect(foldText('the man was “civilian”')).toBe('the man was civilian');
    expect(foldText('Derik–Maabadah — highway')).toBe('derik maabadah highway');
    expect(foldText('Maʿarrat al-Nuʿman')).toBe('maarrat al numan');
    expect(foldText('Ma’badah')).toBe('mabadah');
  });

  test('drops the possessive and joins initialisms', () => {
    expect(foldText("Russia's forces")).toBe('russia forces');
    expect(foldText("the US's position")).toBe('the us position');
    expect(foldText('U.S. and U.N. officials')).toBe('us and un officials');
  });

  test('keeps the s of a short transliterated word, which is no possessive', () => {
    expect(foldText("Ra's al-Ayn")).toBe('ras al ayn');
  });

  test('separates and unifies Arabic article prefixes', () => {
    expect(foldText('al-Malikiyah')).toBe('al malikiyah');
    expect(foldText('Deir ez-Zor')).toBe('deir al zor');
    expect(foldText('El-Hasakah')).toBe('al hasakah');
  });

  test('does not take "US-" for an article', () => {
    expect(foldText('joint US-Russian patrols')).toBe('joint us russian patrols');
  });

  test('keeps numbers whole', () => {
    expect(foldText('1,000 soldiers, 2.5 km.')).toBe('1000 soldiers 2.5 km');
  });
});
