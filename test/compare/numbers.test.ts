import { describe, expect, test } from 'vitest';
import { parseNumericRange } from '../../src/compare/numbers.js';

const range = (text: string) => {
  const parsed = parseNumericRange(text);
  return parsed && [parsed.min, parsed.max];
};

describe('parseNumericRange', () => {
  test('reads plain numbers and number words', () => {
    expect(range('2')).toEqual([2, 2]);
    expect(range('1,000')).toEqual([1000, 1000]);
    expect(range('one')).toEqual([1, 1]);
    expect(range('twelve')).toEqual([12, 12]);
    expect(range('twenty-five')).toEqual([25, 25]);
    expect(range('twenty five soldiers')).toEqual([25, 25]);
    expect(range('a thousand')).toEqual([1000, 1000]);
    expect(range('one hundred and twenty')).toEqual([120, 120]);
    expect(range('2.8 million')).toEqual([2_800_000, 2_800_000]);
    expect(range('a dozen')).toEqual([12, 12]);
    expect(range('two dozen')).toEqual([24, 24]);
  });

  test('reads bounds as open ranges; "more than" is strict for counts', () => {
    expect(range('at least 2')).toEqual([2, Infinity]);
    expect(range('more than 6 times in approximately 2 weeks')).toEqual([7, Infinity]);
    expect(range('over 100')).toEqual([101, Infinity]);
    expect(range('10+')).toEqual([10, Infinity]);
    expect(range('fewer than 10')).toEqual([0, 9]);
    expect(range('up to 5')).toEqual([0, 5]);
  });

  test('reads spans', () => {
    expect(range('2-3')).toEqual([2, 3]);
    expect(range('2–3 killed')).toEqual([2, 3]);
    expect(range('2 to 3')).toEqual([2, 3]);
    expect(range('two or three')).toEqual([2, 3]);
    expect(range('between 5 and 8')).toEqual([5, 8]);
  });

  test('reads approximations as a band of 15 %', () => {
    expect(range('about 40')).toEqual([34, 46]);
    expect(range('around 40')).toEqual([34, 46]);
    expect(range('some 40')).toEqual([34, 46]);
    expect(range('about a thousand')).toEqual([850, 1150]);
    expect(range('about a dozen')).toEqual([10, 14]);
  });

  test('reads vague quantities as the ranges a reader takes them for', () => {
    expect(range('several')).toEqual([3, 9]);
    expect(range('a few')).toEqual([2, 5]);
    expect(range('dozens')).toEqual([24, 99]);
    expect(range('dozens of protesters')).toEqual([24, 99]);
    expect(range('hundreds')).toEqual([200, 999]);
    expect(range('none')).toEqual([0, 0]);
  });

  test('keeps the words after the quantity, and notes a bare "one"', () => {
    expect(parseNumericRange('1,000 soldiers')?.rest).toEqual(['soldiers']);
    expect(parseNumericRange('one civilian')?.article).toBe(true);
    expect(parseNumericRange('1 civilian')?.article).toBe(false);
  });

  test('is not fooled by text', () => {
    expect(range('civilian')).toBeUndefined();
    expect(range('almost daily')).toBeUndefined();
    expect(range('NDF fighter')).toBeUndefined();
    expect(range('')).toBeUndefined();
  });
});
