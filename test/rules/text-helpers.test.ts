import { describe, expect, it } from 'vitest';
import { closestPassage } from '../../src/validate/rules/closest-passage.js';
import { listNames, show } from '../../src/validate/rules/display.js';
import { findQuote, lineAt, longestPrefix } from '../../src/validate/rules/quote-search.js';
import fc from 'fast-check';
import { foldedOnly, foldName, foldQuote, foldWithOffsets, isBlank } from '../../src/validate/rules/text-fold.js';

describe('foldQuote', () => {
  it('makes typography plain and keeps letter case', () => {
    expect(foldQuote('“Civilian” — it’s … «here»').text).toBe(`"Civilian" - it's ... "here"`);
  });

  it('folds every kind of dash and space, and drops invisible characters', () => {
    expect(foldQuote('a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h').text).toBe('a-b-c-d-e-f-g-h');
    expect(foldQuote('  one\u00a0two\u202f three\n\t four \u200b').text).toBe('one two three four');
    expect(foldQuote('sol\u00addier\u200d\ufeff').text).toBe('soldier');
  });

  it('composes accents the same way whichever way they were typed', () => {
    expect(foldQuote('De\u0302rik').text).toBe(foldQuote('Dêrik').text);
  });

  it('maps each folded character back to where it came from', () => {
    const folded = foldQuote('x  “y” … z');
    expect(folded.text).toBe('x "y" ... z');
    expect(folded.offsets).toEqual([0, 1, 3, 4, 5, 6, 7, 7, 7, 8, 9]);
    for (const [i, offset] of folded.offsets.entries()) {
      expect(foldQuote(folded.source[offset]).text || ' ').toContain(folded.text[i]);
    }
  });

  it('folds whole texts exactly as character by character, the map back as long as the folded text', () => {
    const special = ['a', 'Z', ' ', '  ', '\n', '\t', '\u00a0', '\u202f', '\u2028', '\u200b', '\u00ad', '\ufeff', '\u2060', '"', '\u201c', '\u00bb', "'", '\u2019', '\u2039', '-', '\u2013', '\u2212', '\u2026', '.', '\u0000', '\u0301', 'é', '\ud835'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...special), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const byChar = foldWithOffsets(text);
        expect(foldedOnly(text)).toBe(byChar.text);
        const folded = foldQuote(text);
        expect(folded.offsets).toHaveLength(folded.text.length);
      }),
      { seed: 4, numRuns: 2000 },
    );
  });

  it('names: case-insensitive; blank: nothing visible', () => {
    expect(foldName('  Al–Monitor ')).toBe('al-monitor');
    expect(isBlank(' \u00a0\u200b\n')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
  });
});

describe('findQuote', () => {
  it('finds a quote, with [...] standing for left-out words in order', () => {
    const text = 'the man killed by the US troops was "civilian" in the village';
    expect(findQuote('killed by the US', text)).toBe(8);
    expect(findQuote('the man [...] was "civilian"', text)).toBe(0);
    expect(findQuote('was "civilian" [...] the man', text)).toBe(-1);
    expect(findQuote('[...]', text)).toBe(-1);
  });

  it('longestPrefix finds how far a quote agrees with the text', () => {
    expect(longestPrefix('the man was a fighter', 'so the man was a civilian')).toEqual({ length: 14, index: 3 });
    expect(longestPrefix('xyz', 'abc')).toEqual({ length: 0, index: 0 });
    expect(longestPrefix('abc', 'xxabc')).toEqual({ length: 3, index: 2 });
  });

  it('lineAt counts lines from 1', () => {
    expect(lineAt('a\nb\nc', 0)).toBe(1);
    expect(lineAt('a\nb\nc', 2)).toBe(2);
    expect(lineAt('a\nb\nc', 4)).toBe(3);
  });
});

describe('closestPassage', () => {
  const archive = foldQuote('Title line\n\nThe patrol came under fire. Nobody was hurt.\nLocal networks said the killed\nperson was a fighter. The end.');

  it('picks the sentence sharing most of the quote words, whole across a line break, with its first line', () => {
    expect(closestPassage('local sources said the dead man was a fighter', archive)).toEqual({
      line: 4,
      text: 'Local networks said the killed\nperson was a fighter.',
      overlap: 6 / 9,
    });
  });

  it('gives nothing when no sentence shares half of the words', () => {
    expect(closestPassage('airstrikes hit the oil fields', archive)).toBeUndefined();
  });
});

describe('message helpers', () => {
  it('show quotes, flattens and cuts text', () => {
    expect(show('a\n  b')).toBe('"a b"');
    expect(show('abcdefghij', 5)).toBe('"abcd…"');
    expect(show(12)).toBe('"12"');
  });

  it('listNames shortens long lists', () => {
    expect(listNames(['a', 'b', 'c'], 2)).toBe('"a", "b" and 1 more');
  });
});
