import type { TokenWeights } from '../normalise/idf.js';
import type { Normaliser } from '../normalise/normaliser.js';
import type { AnswerClass } from './answer.js';
import { containsAll, wordSet, type ReadAnswer } from './compatible.js';
import { IntervalIndex } from './interval-index.js';
import { mergeAscending, Postings } from './postings.js';
import { emptySummary, fitsSummary, isSummarised, summarise, type PositionSummary } from './position-summary.js';
import type { PositionIndex } from './positions.js';
import { textReaches, type Needs } from './text-reach.js';
import { TextPositions, type TextFacts } from './text-positions.js';

/** Below this many distinct answers a topic's positions are formed plainly: the index would cost more than it saves. */
const INDEX_MIN_ANSWERS = 12;

// What answers of one class have in common: equal classes agree with exactly the same answers.
function signature({ cls, normal }: ReadAnswer): string {
  switch (cls.kind) {
    case 'boolean':
      return `b${cls.value}\u0000${normal}`;
    case 'range':
      return `r${cls.min}:${cls.max}\u0000${normal}`;
    case 'date':
      return `d${cls.start}:${cls.end}\u0000${normal}`;
    case 'text':
      return `t${cls.negated}\u0000${cls.words.join(' ')}\u0000${cls.normal}\u0000${normal}`;
  }
}

// Booleans on the line of counts: `true` agrees only with counts of at least 1, `false` only with 0.
function interval(cls: AnswerClass): readonly [number, number] | undefined {
  if (cls.kind === 'boolean') return cls.value ? [1, Infinity] : [0, 0];
  if (cls.kind === 'range') return [cls.min, cls.max];
  if (cls.kind === 'date') return [cls.start, cls.end];
  return undefined;
}

// Pushed one by one: a long list spread into arguments would overflow the stack.
function append(found: number[], more: readonly number[]): void {
  for (const position of more) found.push(position);
}

interface Facts {
  read: ReadAnswer;
  sig: string;
  /** Counts and booleans on one line, dates on another. */
  line?: { dates: boolean; min: number; max: number };
  text?: TextFacts;
  /** Its fit in a position can be told from the position's summary: a count, boolean or date no declared pair names. */
  summarised: boolean;
  /** Normalised answers declared compatible with it. */
  declared: readonly string[];
  /** The sides of declared pairs its words contain, as `pair:side`. */
  sides: string[];
}

interface PositionState {
  sigs: Set<string>;
  /** One key of each class in the position, the first key first. */
  reps: string[];
  summary: PositionSummary;
}

/**
 * Builds, for a corpus, the index that forms a topic's positions without comparing each new answer with every
 * position (see `formPositions`). It returns exactly the positions the plain rule gives: a new answer is
 * compared only with positions whose first answer it may agree with, found through conditions every agreeing
 * pair meets (contract §2.3, compatible.ts): counts and booleans that overlap on one line, dates on another;
 * texts of one polarity with the same normal form, or sharing a match that can carry enough of their weight
 * (`textReaches`); answers a declared pair names. Counts, booleans and dates fit a position by its summary;
 * other answers are compared with one answer of each class in it.
 */
export function createAnswerIndexer(
  compatiblePairs: readonly (readonly [string, string])[],
  normaliser: Normaliser,
  weights: TokenWeights,
): (answers: ReadonlyMap<string, ReadAnswer>, agree: (a: string, b: string) => boolean) => PositionIndex | undefined {
  const pairs = compatiblePairs.map(([a, b]) => [normaliser.normalise(a).text, normaliser.normalise(b).text] as const);
  const declaredWith = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    declaredWith.set(a, [...(declaredWith.get(a) ?? []), b]);
    declaredWith.set(b, [...(declaredWith.get(b) ?? []), a]);
  }
  const sides = pairs.map(([a, b]) => [[...wordSet(a)], [...wordSet(b)]] as const);

  function sidesOf({ cls, normal }: ReadAnswer): string[] {
    if (cls.kind !== 'text' || cls.negated || sides.length === 0) return [];
    const words = wordSet(normal);
    const found: string[] = [];
    sides.forEach(([p, q], i) => {
      if (containsAll(words, p)) found.push(`${i}:0`);
      if (containsAll(words, q)) found.push(`${i}:1`);
    });
    return found;
  }

  return (answers, agree) => {
    if (answers.size < INDEX_MIN_ANSWERS) return undefined;
    const reaches = textReaches(
      [...answers.values()].flatMap(({ cls }) => (cls.kind === 'text' ? [cls] : [])),
      weights,
    );
    const facts = new Map<string, Facts>();
    for (const [key, read] of answers) {
      const declared = declaredWith.get(read.normal) ?? [];
      const fact: Facts = { read, sig: signature(read), summarised: isSummarised(read.cls) && declared.length === 0, declared, sides: sidesOf(read) };
      const span = interval(read.cls);
      if (span && !Number.isNaN(span[0]) && !Number.isNaN(span[1])) fact.line = { dates: read.cls.kind === 'date', min: span[0], max: span[1] };
      if (read.cls.kind === 'text') {
        const none: Needs = { words: [], needed: Infinity, key: [] };
        const reach = reaches.get(read.cls) ?? { units: [], needs: none, roleNeeds: none, hasRoles: false };
        fact.text = { ...reach, unitSet: new Set(reach.units), negated: read.cls.negated, normal: read.cls.normal };
      }
      facts.set(key, fact);
    }
    const factsOf = (key: string) => facts.get(key) as Facts;
    // Counts and booleans on one line, dates on another.
    const lines = [new IntervalIndex(answers.size), new IntervalIndex(answers.size)];
    const postings = new Postings();
    const texts = new TextPositions();
    const positions: PositionState[] = [];
    const firstOfSig = new Map<string, number>();
    const selfAgrees = new Map<string, boolean>();

    // An answer agrees with itself unless it is a count that is no range (NaN, "fewer than 0").
    function agreesWithItself(key: string, fact: Facts): boolean {
      let agrees = selfAgrees.get(fact.sig);
      if (agrees === undefined) selfAgrees.set(fact.sig, (agrees = agree(key, key)));
      return agrees;
    }

    // Files a position under its first key, by every way another key can agree with that one.
    function open(fact: Facts, position: number): void {
      if (fact.line) lines[fact.line.dates ? 1 : 0].insert(position, fact.line.min, fact.line.max);
      if (fact.text) texts.open(fact.text, position);
      if (declaredWith.size > 0) postings.file(`d${fact.read.normal}`, position);
      for (const side of fact.sides) postings.file(`s${side}`, position);
    }

    return {
      candidates(key) {
        const fact = factsOf(key);
        const placed = firstOfSig.get(fact.sig);
        // An earlier answer of the same class found its position, and later joiners all agree with it.
        if (placed !== undefined && agreesWithItself(key, fact)) return [placed];
        const found: number[] = [];
        if (fact.text) append(found, texts.candidates(fact.text));
        for (const normal of fact.declared) append(found, postings.at(`d${normal}`));
        for (const side of fact.sides) append(found, postings.at(`s${side.slice(0, -1)}${side.endsWith(':0') ? '1' : '0'}`));
        found.sort((a, b) => a - b);
        const listed = found.filter((position, i) => i === 0 || found[i - 1] !== position);
        if (!fact.line) return listed;
        const overlapping = lines[fact.line.dates ? 1 : 0].overlapping(fact.line.min, fact.line.max);
        return listed.length === 0 ? overlapping : mergeAscending(listed, overlapping);
      },
      fits(key, position) {
        const fact = factsOf(key);
        const state = positions[position];
        if (state.sigs.has(fact.sig) && agreesWithItself(key, fact)) return true;
        if (fact.summarised) return fitsSummary(fact.read.cls, state.summary);
        return state.reps.every((rep) => agree(key, rep));
      },
      add(key, position) {
        const fact = factsOf(key);
        if (position === positions.length) {
          positions.push({ sigs: new Set(), reps: [], summary: emptySummary() });
          open(fact, position);
        }
        const state = positions[position];
        summarise(state.summary, fact.read.cls);
        if (!state.sigs.has(fact.sig)) {
          state.sigs.add(fact.sig);
          state.reps.push(key);
        }
        if (!firstOfSig.has(fact.sig)) firstOfSig.set(fact.sig, position);
      },
    };
  };
}
