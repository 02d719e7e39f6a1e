import type { Answer } from '../model/claim-file.js';
import type { Random } from './random.js';
import { TERMS, type TermKey } from './terms.js';

/** One way of writing an answer. */
export interface AnswerForm {
  says: Answer;
  /** `digits`, `word`, `about`, `range`, `at-least`, `boolean`, `negated`, `denied`, `alias` … */
  kind: string;
  /** The answer as the article's own sentence words it. */
  words: string;
  weight: number;
}

/** A true position: answers that agree, in the ways they are written. */
export interface AnswerClass {
  id: string;
  polarity?: 'yes' | 'no';
  forms: AnswerForm[];
}

const NUMBER_WORDS: Record<number, string> = {
  1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten',
  11: 'eleven', 12: 'twelve', 15: 'fifteen', 20: 'twenty', 25: 'twenty-five', 30: 'thirty', 40: 'forty', 60: 'sixty',
};

function withCommas(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

interface CountForm extends AnswerForm {
  /** The widest range any reader could take the words to mean: forms of different classes must not overlap. */
  lo: number;
  hi: number;
}

function form(says: Answer, kind: string, weight: number, lo: number, hi: number): CountForm {
  const words = typeof says === 'number' ? withCommas(says) : String(says);
  return { says, kind, words, weight, lo, hi };
}

// Exact forms first: they never overlap another class's exact value.
function exactForms(value: number): CountForm[] {
  const forms = [form(value, 'digits', 5, value, value)];
  if (value >= 1000) forms.push(form(withCommas(value), 'digits-comma', 2, value, value));
  if (NUMBER_WORDS[value]) forms.push(form(NUMBER_WORDS[value], 'word', 2, value, value));
  return forms;
}

// Approximate forms, each with a generous reading of its range.
function approximateForms(rng: Random, value: number): CountForm[] {
  const forms: CountForm[] = [];
  const step = Math.max(1, Math.round(value * 0.2));
  if (value >= 2) forms.push(form(rng.chance(0.7) ? `${value}-${value + step}` : `${value} to ${value + step}`, 'range', 1, value, value + step));
  if (value >= 10) {
    const adverb = rng.pick(['about', 'around', 'some']);
    forms.push(form(`${adverb} ${withCommas(value)}`, 'about', 1.5, Math.floor(value * 0.75), Math.ceil(value * 1.25)));
  }
  if (value === 12) forms.push(form('a dozen', 'dozen', 1, 10, 14));
  if (value >= 30 && value <= 90) forms.push(form('dozens', 'dozens', 1, 13, 199));
  if (value >= 300 && value <= 900) forms.push(form('hundreds', 'hundreds', 1, 101, 1999));
  if (value === 1000) forms.push(form('about a thousand', 'about', 1, 750, 1250));
  forms.push(form(`at least ${withCommas(value)}`, 'at-least', 1.5, value, Infinity));
  if (value >= 3) forms.push(form(`more than ${value - 1}`, 'more-than', 0.7, value - 1, Infinity));
  return forms;
}

function overlaps(a: CountForm, b: CountForm): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

function farApart(a: number, b: number): boolean {
  return Math.max(a, b) >= 1.5 * Math.min(a, b) && Math.abs(a - b) >= 2;
}

/**
 * Picks `count` values from the pool far enough apart (×1.5 and ≥ 2) to be different answers;
 * `first`, when given, is the first value. Returns fewer values if the pool has too few far apart.
 */
export function pickCountValues(rng: Random, pool: readonly number[], count: number, first?: number): number[] {
  const values = first === undefined ? [] : [first];
  for (const candidate of rng.sample(pool, pool.length)) {
    if (values.length >= count) break;
    if (values.every((value) => farApart(value, candidate))) values.push(candidate);
  }
  return values;
}

/**
 * Answer classes for a count: every form of a class contains its value, so a class's forms agree;
 * an approximate form is kept only when its generous range overlaps no form of another class.
 */
export function countClasses(rng: Random, values: readonly number[]): AnswerClass[] {
  const allowed = values.map((value) => exactForms(value));
  values.forEach((value, index) => {
    for (const candidate of approximateForms(rng, value)) {
      const clashes = allowed.some((forms, other) => other !== index && forms.some((f) => overlaps(f, candidate)));
      if (!clashes) allowed[index].push(candidate);
    }
  });
  return values.map((value, index) => ({ id: `n${value}`, forms: allowed[index] }));
}

/** Answer classes for a yes/no question: booleans, the topic's phrase, and its negations. */
export function polarClasses(positive: readonly string[], negative: readonly string[], which: readonly ('yes' | 'no')[]): AnswerClass[] {
  return which.map((polarity) => {
    const texts = polarity === 'yes' ? positive : negative;
    const forms: AnswerForm[] = [{ says: polarity === 'yes', kind: 'boolean', words: String(polarity === 'yes'), weight: 3 }];
    for (const text of texts) {
      forms.push({ says: text, kind: text === 'denied' ? 'denied' : polarity === 'yes' ? 'text' : 'negated', words: text, weight: 1.5 });
    }
    return { id: polarity, polarity, forms };
  });
}

/**
 * Answer classes naming things: the canonical name, its declared aliases, and either its fuzzy
 * spellings or its declared compatible answers (never both: those two need not agree with each other).
 */
export function termClasses(rng: Random, keys: readonly TermKey[], allowCompatible: boolean): AnswerClass[] {
  return keys.map((key) => {
    const term = TERMS[key];
    const forms: AnswerForm[] = [{ says: term.canonical, kind: 'canonical', words: term.canonical, weight: 4 }];
    for (const alias of term.aliases) forms.push({ says: alias, kind: 'alias', words: alias, weight: 1 });
    const useCompatible = allowCompatible && term.compatible.length > 0 && rng.chance(0.5);
    const extra = useCompatible ? term.compatible : term.spellings;
    for (const text of extra) forms.push({ says: text, kind: useCompatible ? 'compatible' : 'spelling', words: text, weight: 1 });
    return { id: key, forms };
  });
}

/** Picks one written form of a class, by weight. */
export function pickForm(rng: Random, answerClass: AnswerClass): AnswerForm {
  return rng.weighted(answerClass.forms.map((f) => [f, f.weight] as const));
}
