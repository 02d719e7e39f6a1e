import { describe, expect, test } from 'vitest';
import { classifyAnswer } from '../../src/compare/answer.js';
import { createAnswerComparer, type ReadAnswer } from '../../src/compare/compatible.js';
import type { Answer } from '../../src/model/claim-file.js';
import { TokenWeights } from '../../src/normalise/idf.js';
import { createNormaliser } from '../../src/normalise/normaliser.js';

const aliases = { 'NDF fighter': ['National Defense Force member', 'pro-government militiaman'] };
const normaliser = createNormaliser({ aliases });
const topic = (about: string) => normaliser.normalise(about).content.filter((t) => !t.startsWith('?'));

// Answer words of a corpus, so that distinctive words weigh more than shared ones.
const weights = new TokenWeights();
for (const answer of ['Russian Military Police', 'Russian military contractors', 'Russian forces', 'Russian military', 'civilian', 'NDF fighter', 'US airstrikes']) {
  weights.add(normaliser.normalise(answer).content);
}

function read(says: Answer, about: string, count = false): ReadAnswer {
  return { cls: classifyAnswer(says, topic(about), normaliser, count), normal: normaliser.normalise(String(says)).text };
}

function agree(a: Answer, b: Answer, about: string, compatible: [string, string][] = []): boolean {
  const comparer = createAnswerComparer(compatible, normaliser, weights);
  return comparer(read(a, about), read(b, about));
}

describe('classifyAnswer', () => {
  test('reads booleans written as words', () => {
    expect(read('yes', 'x').cls).toEqual({ kind: 'boolean', value: true });
    expect(read('False', 'x').cls).toEqual({ kind: 'boolean', value: false });
  });

  test('reads a negated restatement of the topic, or a bare cue, as a boolean', () => {
    expect(read('no joint patrols', 'joint patrols').cls).toEqual({ kind: 'boolean', value: false });
    expect(read('there were no joint US-Russian patrols', 'joint patrols').cls).toEqual({ kind: 'boolean', value: false });
    expect(read('joint patrols took place', 'joint patrols').cls).toEqual({ kind: 'boolean', value: true });
    expect(read('denied', 'joint patrols').cls).toEqual({ kind: 'boolean', value: false });
    expect(read('confirmed', 'US patrol came under fire').cls).toEqual({ kind: 'boolean', value: true });
  });

  test('keeps text that says something of its own as text, with its polarity', () => {
    expect(read('not daily occurrences', 'frequency of US-Russian standoffs').cls).toMatchObject({ kind: 'text', negated: true });
    expect(read('almost daily', 'frequency of US-Russian standoffs').cls).toMatchObject({ kind: 'text', negated: false });
  });

  test('reads dates and numbers', () => {
    expect(read('2020-01-20', 'date of the block').cls).toMatchObject({ kind: 'date' });
    expect(read(3, 'number killed').cls).toEqual({ kind: 'range', min: 3, max: 3 });
    expect(read('at least 2', 'number killed').cls).toEqual({ kind: 'range', min: 2, max: Infinity });
  });

  test('"one civilian" is a count only on a count topic', () => {
    expect(classifyAnswer('one civilian', topic('identity of the man killed'), normaliser, false)).toMatchObject({ kind: 'text' });
    expect(classifyAnswer('one civilian', topic('number killed'), normaliser, true)).toMatchObject({ kind: 'range', min: 1, max: 1 });
  });
});

describe('answers compatible', () => {
  test('booleans and negated texts agree when their polarity does', () => {
    expect(agree(false, 'no joint patrols', 'joint patrols')).toBe(true);
    expect(agree(true, 'no joint patrols', 'joint patrols')).toBe(false);
    expect(agree('denied', false, 'joint patrols')).toBe(true);
    expect(agree('not daily occurrences', 'almost daily', 'frequency of standoffs')).toBe(false);
  });

  test('numeric ranges agree when they overlap', () => {
    expect(agree(2, 'at least 2', 'number killed')).toBe(true);
    expect(agree(1, 'at least 2', 'number killed')).toBe(false);
    expect(agree('about 40', 45, 'number killed')).toBe(true);
    expect(agree('about 40', 50, 'number killed')).toBe(false);
    expect(agree('2-3', 'two', 'number killed')).toBe(true);
    expect(agree('dozens', 'a dozen', 'number of protesters')).toBe(false);
    expect(agree('about a thousand', 1000, 'number of US soldiers kept')).toBe(true);
  });

  test('a count of zero is a no, a count of one or more a yes', () => {
    expect(agree(0, false, 'casualties')).toBe(true);
    expect(agree('none', 'no casualties', 'casualties')).toBe(true);
    expect(agree(2, true, 'casualties')).toBe(true);
    expect(agree(2, false, 'casualties')).toBe(false);
  });

  test('texts agree on their distinctive words, not on shared ones', () => {
    expect(agree('Russian Military Police', 'Russian military contractors', 'who the Russian personnel were')).toBe(false);
    expect(agree('civilian', 'NDF fighter', 'identity of the man killed')).toBe(false);
    expect(agree('civilian', 'a civilian', 'identity of the man killed')).toBe(true);
    expect(agree('US airstrikes', 'airstrikes', 'what hit the village')).toBe(true);
  });

  test('a more specific answer agrees with a less specific one; a person of a force is the force', () => {
    expect(agree('ISIS cells', 'ISIS', 'who carried out the attack')).toBe(true);
    expect(agree('Russian military policemen', 'Russian Military Police', 'who the Russian personnel were')).toBe(true);
    expect(agree('Russian military policemen', 'Russian military contractors', 'who the Russian personnel were')).toBe(false);
  });

  test('a sponsor is not the one it sponsors', () => {
    expect(agree('Turkish-backed factions', 'Turkish army', 'who carried out the attack')).toBe(false);
    expect(agree('US-backed forces', 'US forces', 'who fired first')).toBe(false);
    expect(agree('Turkish-backed factions', 'Turkish-backed factions in the area', 'who carried out the attack')).toBe(true);
  });

  test('aliases and declared pairs make texts agree', () => {
    expect(agree('NDF fighter', 'pro-government militiaman', 'identity of the man killed')).toBe(true);
    expect(agree('pro-government forces', 'NDF fighter', 'identity of the man killed')).toBe(false);
    expect(agree('pro-government forces', 'NDF fighter', 'identity of the man killed', [['pro-government forces', 'NDF fighter']])).toBe(true);
    // The pair is declared for the aliased form, so every variant of the name agrees too.
    expect(agree('pro-government forces', 'National Defense Force member', 'identity', [['pro-government forces', 'NDF fighter']])).toBe(true);
  });

  test('an answer in the words of one configured name and its variants is that name', () => {
    const configured = createNormaliser({
      aliases: {
        'Russian military contractors': ['private military contractors', 'Wagner contractors'],
        'Russian special forces': ['Russian spetsnaz'],
        'Russian military police': ['Russian MPs'],
      },
    });
    // An identity question: answers are read as names, never as a yes restating the topic.
    const readWith = (says: Answer): ReadAnswer => {
      const cls = classifyAnswer(says, [], configured, false);
      return { cls, normal: cls.kind === 'text' ? cls.normal : configured.normalise(String(says)).text };
    };
    const comparer = createAnswerComparer([], configured, weights);
    const agreeWith = (a: Answer, b: Answer) => comparer(readWith(a), readWith(b));
    expect(agreeWith('Russian private contractors', 'Russian military contractors')).toBe(true);
    expect(agreeWith('Russian private contractors', 'Russian military police')).toBe(false);
    expect(agreeWith('Russian spetsnaz', 'special forces')).toBe(true);
    expect(agreeWith('Russian MPs', 'Russian military policemen')).toBe(true);
  });

  test('dates agree when they overlap, with no tolerance', () => {
    expect(agree('2020-01-20', '2020-01', 'date of the block')).toBe(true);
    expect(agree('2020-01-20', '2020-01-21', 'date of the block')).toBe(false);
  });

  test('different kinds of answer differ', () => {
    expect(agree('civilian', 1, 'identity of the man killed')).toBe(false);
    expect(agree(true, 'small arms fire', 'US patrol came under fire')).toBe(false);
  });
});
