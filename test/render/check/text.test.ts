import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/render/plural.js';
import { clean, cut, nameList, wrap } from '../../../src/render/check/text.js';

describe('check text helpers', () => {
  it('clean makes any answer one safe line', () => {
    expect(clean('a\u001b[2Jb\r\nc\u2028d  e\t')).toBe('a\\x1b[2Jb c d e');
    expect(clean(false)).toBe('false');
    expect(clean(2.5)).toBe('2.5');
    expect(clean(undefined)).toBe('');
  });

  it('cut keeps short text, and cuts long text at a word with an ellipsis', () => {
    expect(cut('short title', 20)).toBe('short title');
    expect(cut('one two three four five', 12)).toBe('one two…');
    expect(cut('unbrokenwordthatgoesonandon', 10)).toBe('unbrokenw…');
    // A character outside the basic plane counts once and is never split in half.
    expect(cut('😀😀😀😀😀', 3)).toBe('😀😀…');
  });

  it('wrap breaks at spaces within the width and splits a word longer than a line', () => {
    expect(wrap('the quick brown fox jumps', 10, 5)).toEqual(['the quick', 'brown fox', 'jumps']);
    expect(wrap('a https://example.org/very/long/path b', 10, 9)).toEqual(['a', 'https://ex', 'ample.org/', 'very/long/', 'path b']);
  });

  it('wrap keeps at most maxLines lines and marks what it dropped', () => {
    const lines = wrap('one two three four five six seven eight', 9, 2);
    expect(lines).toEqual(['one two', 'three…']);
    expect(lines.every((line) => line.length <= 9)).toBe(true);
  });

  it('nameList drops repeats and says how many names it left out', () => {
    expect(nameList(['SANA', 'SOHR', 'SANA'])).toBe('SANA, SOHR');
    expect(nameList(['a', 'b', 'c', 'd'], 2)).toBe('a, b and 2 more');
  });

  it('plural counts', () => {
    expect(plural(1, 'report')).toBe('1 report');
    expect(plural(0, 'report')).toBe('0 reports');
    expect(plural(2, 'independent origin')).toBe('2 independent origins');
  });
});
