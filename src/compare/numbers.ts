import { APPROXIMATE_BAND } from '../check/thresholds.js';
import { MULTIPLIERS, QUALIFIERS, TENS, UNITS, VAGUE_QUANTITIES, type Qualifier } from './number-words.js';

/** A number or numeric phrase as the closed range of values it allows (`max` may be Infinity). */
export interface NumericRange {
  min: number;
  max: number;
  /** Words after the quantity ("soldiers", "times a day"), normalised; empty for a bare number. */
  rest: string[];
  /** The quantity was written as the word "one", "a" or "an" ("one civilian"), which often is no count at all. */
  article: boolean;
}

function tokenise(text: string): string[] {
  const cleaned = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/(\d),(?=\d{3}\b)/g, '$1');
  return cleaned.match(/\d+(?:\.\d+)?|[a-z]+|[-~+]/g) ?? [];
}

function startsWith(tokens: readonly string[], at: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) if (tokens[at + k] !== words[k]) return 0;
  return words.length;
}

const QUALIFIER_WORDS = QUALIFIERS.map(([phrase, qualifier]) => [phrase.split(' '), qualifier] as const);
const VAGUE_WORDS = VAGUE_QUANTITIES.map(([phrase, min, max]) => [phrase.split(' '), min, max] as const);

type Previous = 'digits' | 'unit' | 'tens' | 'hundred' | 'large' | 'and';

function wordValue(word: string | undefined): number | undefined {
  return word === undefined ? undefined : (UNITS.get(word) ?? TENS.get(word));
}

// A quantity at `at`: digits or number words, with multipliers ("2.8 million", "twenty-five", "a thousand").
function readQuantity(tokens: readonly string[], at: number): { value: number; next: number; article: boolean } | undefined {
  const first = tokens[at];
  if (first === undefined) return undefined;
  let total = 0;
  let current: number;
  let previous: Previous;
  let i = at + 1;
  if ((first === 'a' || first === 'an') && (tokens[at + 1] ?? '').length > 1 && MULTIPLIERS.has(tokens[at + 1])) {
    current = 1;
    previous = 'unit';
  } else if (/^\d/.test(first)) {
    current = Number(first);
    previous = 'digits';
  } else if (wordValue(first) !== undefined) {
    current = wordValue(first) as number;
    previous = TENS.has(first) ? 'tens' : 'unit';
  } else {
    return undefined;
  }
  for (; i < tokens.length; i++) {
    const word = tokens[i];
    const value = wordValue(word);
    const small = value !== undefined && value > 0 && value < 10;
    const multiplier = MULTIPLIERS.get(word);
    if (word === '-' && previous === 'tens' && UNITS.has(tokens[i + 1] ?? '')) continue;
    if (previous === 'tens' && small && UNITS.has(word)) {
      current += value as number;
      previous = 'unit';
    } else if (multiplier !== undefined && (word.length > 1 || previous === 'digits')) {
      if (multiplier >= 1000) {
        total += current * multiplier;
        current = 0;
        previous = 'large';
      } else {
        current *= multiplier;
        previous = 'hundred';
      }
    } else if (word === 'and' && (previous === 'hundred' || previous === 'large') && wordValue(tokens[i + 1]) !== undefined) {
      previous = 'and';
    } else if (value !== undefined && (previous === 'hundred' || previous === 'large' || previous === 'and')) {
      current += value;
      previous = TENS.has(word) ? 'tens' : 'unit';
    } else {
      break;
    }
  }
  const article = (first === 'one' && i === at + 1) || first === 'a' || first === 'an';
  return { value: total + current, next: i, article };
}

function bounded(value: number, qualifier: Qualifier): [number, number] {
  const whole = Number.isInteger(value);
  switch (qualifier) {
    case 'exact':
      return [value, value];
    case 'approximate': {
      const low = value * (1 - APPROXIMATE_BAND);
      const high = value * (1 + APPROXIMATE_BAND);
      return whole ? [Math.floor(low), Math.ceil(high)] : [low, high];
    }
    case 'at-least':
      return [value, Infinity];
    case 'more-than':
      return [whole ? value + 1 : value, Infinity];
    case 'at-most':
      return [0, value];
    case 'fewer-than':
      return [0, whole ? value - 1 : value];
  }
}

/**
 * Reads a number or numeric phrase as a range: "2" → [2, 2]; "at least 2" → [2, ∞); "more than 6" → [7, ∞);
 * "2-3", "2 to 3", "between 2 and 3" → [2, 3]; "about 40" → 40 ± 15 %; "a dozen", "dozens", "several",
 * "a few", "hundreds", "no one"; number words up to millions ("twenty-five", "about a thousand", "2.8 million").
 * Words after the quantity are kept as `rest`. Returns undefined when the text does not start with a quantity.
 */
export function parseNumericRange(text: string): NumericRange | undefined {
  const tokens = tokenise(text);
  if (tokens.length === 0) return undefined;
  let i = 0;
  let qualifier: Qualifier = 'exact';
  for (const [phrase, q] of QUALIFIER_WORDS) {
    const length = startsWith(tokens, 0, phrase);
    if (length > 0) {
      qualifier = q;
      i = length;
      break;
    }
  }
  for (const [phrase, min, max] of VAGUE_WORDS) {
    const length = startsWith(tokens, i, phrase);
    if (length > 0) return { min, max, rest: tokens.slice(i + length), article: false };
  }
  const between = tokens[i] === 'between';
  const first = readQuantity(tokens, between ? i + 1 : i);
  if (!first) return undefined;
  let next = first.next;
  if (tokens[next] === '+') return { min: first.value, max: Infinity, rest: tokens.slice(next + 1), article: false };
  const joiner = tokens[next];
  if (joiner === '-' || joiner === 'to' || joiner === 'or' || (between && joiner === 'and')) {
    const second = readQuantity(tokens, next + 1);
    if (second && second.value >= first.value) {
      return { min: first.value, max: second.value, rest: tokens.slice(second.next), article: false };
    }
  }
  const [min, max] = bounded(first.value, qualifier);
  return { min, max, rest: tokens.slice(next), article: first.article && qualifier === 'exact' };
}

/** True when an answer is a count: a number, or a numeric phrase with nothing after it ("at least 2", "dozens"). */
export function isCountAnswer(says: string | number | boolean): boolean {
  if (typeof says === 'number') return true;
  if (typeof says !== 'string') return false;
  const range = parseNumericRange(says);
  return range !== undefined && range.rest.length === 0 && !range.article;
}
