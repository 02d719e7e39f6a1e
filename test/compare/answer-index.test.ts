import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyAnswer } from '../../src/compare/answer.js';
import { createAnswerIndexer } from '../../src/compare/answer-index.js';
import { createAnswerComparer, type ReadAnswer } from '../../src/compare/compatible.js';
import { formPositions } from '../../src/compare/positions.js';
import type { Answer } from '../../src/model/claim-file.js';
import { TokenWeights } from '../../src/normalise/idf.js';
import { createNormaliser } from '../../src/normalise/normaliser.js';

// The rule as the contract words it, one position after another: what the index must give, position for position.
function plainPositions<T>(items: readonly T[], keyOf: (item: T) => string, agree: (a: string, b: string) => boolean): T[][] {
  const positions: { keys: string[]; items: T[] }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    let position = positions.find((p) => p.keys.includes(key));
    if (!position) {
      position = positions.find((p) => p.keys.every((other) => agree(key, other)));
      if (!position) positions.push((position = { keys: [], items: [] }));
      position.keys.push(key);
    }
    position.items.push(item);
  }
  return positions.map((p) => p.items);
}

const aliases = { 'NDF fighter': ['National Defense Force member', 'pro-government militiaman'], 'Qasr al-Dib': ['Qasir al-Dib', 'Qesirdib'] };
const compatible: [string, string][] = [
  ['pro-government forces', 'NDF fighter'],
  ['NDF', 'Syrian regime forces'],
  ['2', '5'],
];
const normaliser = createNormaliser({ aliases });

// Topics as claim-topic reads them: their words, and whether they ask for a number.
const TOPICS = [
  { words: ['joint', 'patrol'], count: false },
  { words: [], count: false },
  { words: ['kill'], count: true },
];

/** A topic's answers read as the cross-check reads them, with the corpus weights of their words. */
function readAll(says: readonly Answer[], topic: (typeof TOPICS)[number]) {
  const weights = new TokenWeights();
  for (const text of new Set(says.map(String))) weights.add(normaliser.normalise(text).content);
  const answers = new Map<string, ReadAnswer>();
  for (const s of says) {
    const key = `${typeof s}:${String(s)}`;
    if (answers.has(key)) continue;
    const cls = classifyAnswer(s, topic.words, normaliser, topic.count);
    answers.set(key, { cls, normal: cls.kind === 'text' && !cls.negated ? cls.normal : normaliser.normalise(String(s)).text });
  }
  return { answers, weights };
}

// Words that meet in every way the text rule knows: shared words, role nouns, transliterations, typos, words
// written together, sponsors, aliases, declared pairs, negations, and words of the topic.
const word = fc.constantFrom(
  'forces', 'Syrian', 'regime', 'Turkish-backed', 'factions', 'fighter', 'member', 'soldiers', 'NDF', 'National', 'Defense',
  'Force', 'pro-government', 'militiaman', 'Qasr', 'Qasir', 'Qesir', 'al-Dib', 'Dib', 'Qesirdib', 'Hasakah', 'Hassakeh',
  'Wagner', 'Wagnerr', 'contractors', 'police', 'military', 'Russian', 'joint', 'patrols', 'civilian', 'shepherd', 'Kobani',
);
const text = fc
  .tuple(fc.constantFrom('', '', '', 'no ', 'not ', 'there were no '), fc.array(word, { minLength: 1, maxLength: 4 }))
  .map(([cue, words]) => cue + words.join(' '));
const count = fc.oneof(
  fc.integer({ min: 0, max: 40 }),
  fc.integer({ min: 0, max: 40 }).map((n) => `at least ${n}`),
  fc.integer({ min: 0, max: 40 }).map((n) => `more than ${n}`),
  fc.integer({ min: 0, max: 40 }).map((n) => `fewer than ${n}`),
  fc.integer({ min: 1, max: 60 }).map((n) => `about ${n}`),
  fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 10 })).map(([n, d]) => `${n}-${n + d}`),
  fc.constantFrom('a few', 'several', 'dozens', 'no one', 'one civilian', 'two soldiers', Number.NaN),
);
const yesNo = fc.constantFrom<Answer>(true, false, 'yes', 'no', 'denied', 'confirmed', 'joint patrols', 'no joint patrols');
const date = fc
  .tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 4 }), fc.boolean())
  .map(([day, span, month]) => (month ? '2020-01' : span === 0 ? `2020-01-${String(day).padStart(2, '0')}` : `2020-01-${String(day).padStart(2, '0')}/2020-02-0${span}`));
const answer = fc.oneof(text, text, count, yesNo, date);

function positionsBoth(says: readonly Answer[], topic: (typeof TOPICS)[number], pairs: [string, string][]) {
  const { answers, weights } = readAll(says, topic);
  const comparer = createAnswerComparer(pairs, normaliser, weights);
  const agree = (a: string, b: string) => comparer(answers.get(a) as ReadAnswer, answers.get(b) as ReadAnswer);
  const keyOf = (s: Answer) => `${typeof s}:${String(s)}`;
  const items = says.map((s, i) => ({ s, i }));
  const index = createAnswerIndexer(pairs, normaliser, weights)(answers, agree);
  return {
    indexed: formPositions(items, (item) => keyOf(item.s), agree, index).map((p) => p.map((item) => item.i)),
    plain: plainPositions(items, (item) => keyOf(item.s), agree).map((p) => p.map((item) => item.i)),
    distinct: answers.size,
  };
}

describe('formPositions with the answer index', () => {
  it('gives the positions of the plain rule, for answers of every kind, with and without declared pairs', () => {
    let indexed = 0;
    fc.assert(
      fc.property(fc.array(answer, { minLength: 10, maxLength: 90 }), fc.constantFrom(...TOPICS), fc.boolean(), (says, topic, declared) => {
        const result = positionsBoth(says, topic, declared ? compatible : []);
        if (result.distinct >= 12) indexed += 1;
        expect(result.indexed).toEqual(result.plain);
      }),
      { seed: 42, numRuns: 400 },
    );
    // Most lists are long enough for the index to be used at all.
    expect(indexed).toBeGreaterThan(200);
  });

  it('gives the positions of the plain rule for many texts alike in parts', () => {
    const name = fc.array(fc.constantFrom('ka', 'ra', 'mi', 'sar', 'dib', 'qas', 'ir', 'hal', 'o'), { minLength: 2, maxLength: 3 }).map((p) => p.join(''));
    const longText = fc.array(fc.oneof(name, word), { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(longText, { minLength: 30, maxLength: 150 }), (says) => {
        const result = positionsBoth(says, TOPICS[1], []);
        expect(result.indexed).toEqual(result.plain);
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  it('gives the positions of the plain rule for many counts, booleans and dates', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(count, yesNo, date), { minLength: 20, maxLength: 150 }), fc.constantFrom(...TOPICS), (says, topic) => {
        const result = positionsBoth(says, topic, []);
        expect(result.indexed).toEqual(result.plain);
      }),
      { seed: 3, numRuns: 200 },
    );
  });
});

// Distinct answers of a topic that has thousands: names, alone or with a common word. The names are spread
// over 65,536 of four syllables, so that some are alike (a letter or a syllable apart) but few.
function manyTexts(n: number): string[] {
  const syllables = ['ka', 'ra', 'mi', 'do', 'bel', 'sar', 'tun', 'hal', 'qas', 'zor', 'fin', 'lek', 'mur', 'dib', 'wan', 'jal'];
  const common = ['forces', 'fighters', 'group', 'Syrian', 'Turkish', 'units'];
  return Array.from({ length: n }, (_, i) => {
    const spread = (i * 40503) % 65536;
    const name = [0, 4, 8, 12].map((shift) => syllables[(spread >> shift) % 16]).join('');
    return i % 3 === 0 ? name : `${common[i % common.length]} ${name}`;
  });
}

function manyCounts(n: number): Answer[] {
  return Array.from({ length: n }, (_, i) => (i % 4 === 0 ? `at least ${i}` : i % 4 === 1 ? `about ${i}` : i % 4 === 2 ? i : `${i}-${i + 5}`));
}

function agreeCalls(says: readonly Answer[], topic: (typeof TOPICS)[number]): { calls: number; no: number } {
  const { answers, weights } = readAll(says, topic);
  const comparer = createAnswerComparer([], normaliser, weights);
  let calls = 0;
  let no = 0;
  const agree = (a: string, b: string) => {
    calls += 1;
    const agrees = comparer(answers.get(a) as ReadAnswer, answers.get(b) as ReadAnswer);
    if (!agrees) no += 1;
    return agrees;
  };
  formPositions(says, (s) => `${typeof s}:${String(s)}`, agree, createAnswerIndexer([], normaliser, weights)(answers, agree));
  return { calls, no };
}

describe('a topic with thousands of distinct answers', () => {
  // Looking at every position, each new answer would ask once per position: some 4 million questions here.
  it('asks whether two texts agree about once per answer', () => {
    const { calls, no } = agreeCalls(manyTexts(4000), TOPICS[1]);
    expect(calls).toBeLessThan(4000);
    // Most questions are asked of positions an answer joins (it must agree with every answer there).
    expect(no).toBeLessThan(400);
  });

  it('tells whether a count fits a position without asking answer by answer', () => {
    expect(agreeCalls(manyCounts(4000), TOPICS[2]).calls).toBeLessThan(400);
  });
});
