/** Cardinal number words and their values. */
export const UNITS: ReadonlyMap<string, number> = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((word, value) => [word, value]),
);
/** Tens written as words. */
export const TENS: ReadonlyMap<string, number> = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, i) => [word, (i + 2) * 10]),
);
/** Words that multiply the number before them ("2.8 million", "two dozen"); "k" and "m" only after digits. */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1_000],
  ['k', 1_000],
  ['million', 1_000_000],
  ['m', 1_000_000],
  ['billion', 1_000_000_000],
]);

/** Vague quantities as the ranges a reader would take them for. */
export const VAGUE_QUANTITIES: ReadonlyArray<readonly [string, number, number]> = [
  ['a couple of', 2, 3],
  ['a couple', 2, 3],
  ['a few', 2, 5],
  ['few', 2, 5],
  ['several', 3, 9],
  ['dozens of', 24, 99],
  ['dozens', 24, 99],
  ['tens of', 20, 99],
  ['hundreds of', 200, 999],
  ['hundreds', 200, 999],
  ['thousands of', 2_000, 9_999],
  ['thousands', 2_000, 9_999],
  ['no one', 0, 0],
  ['nobody', 0, 0],
  ['none', 0, 0],
];

/** Words before a number that say how it bounds the true figure. */
export type Qualifier = 'exact' | 'approximate' | 'at-least' | 'more-than' | 'at-most' | 'fewer-than';

/** Qualifier phrases, each with the bound it sets. */
export const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ['exactly', 'exact'],
  ['precisely', 'exact'],
  ['about', 'approximate'],
  ['around', 'approximate'],
  ['some', 'approximate'],
  ['approximately', 'approximate'],
  ['roughly', 'approximate'],
  ['nearly', 'approximate'],
  ['almost', 'approximate'],
  ['close to', 'approximate'],
  ['circa', 'approximate'],
  ['ca', 'approximate'],
  ['an estimated', 'approximate'],
  ['estimated', 'approximate'],
  ['~', 'approximate'],
  ['at least', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['more than', 'more-than'],
  ['over', 'more-than'],
  ['upwards of', 'more-than'],
  ['in excess of', 'more-than'],
  ['at most', 'at-most'],
  ['up to', 'at-most'],
  ['as many as', 'at-most'],
  ['no more than', 'at-most'],
  ['fewer than', 'fewer-than'],
  ['less than', 'fewer-than'],
  ['under', 'fewer-than'],
  ['below', 'fewer-than'],
];
