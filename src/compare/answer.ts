import type { Answer } from '../model/claim-file.js';
import { isDateProblem, parseClaimDate } from '../model/claim-date.js';
import { ANSWER_IS_TOPIC, TOPIC_EXTRA_PENALTY } from '../check/thresholds.js';
import type { Normaliser } from '../normalise/normaliser.js';
import { isQuestionKind } from '../normalise/normaliser.js';
import { foldText } from '../normalise/fold.js';
import { detectPolarity } from '../normalise/polarity.js';
import { stemToken } from '../normalise/stem.js';
import { containmentScore, overlapTokens } from '../normalise/weighted-match.js';
import { SPONSOR_WORDS, STOP_WORDS, YES_NO_WORDS } from '../normalise/word-lists.js';
import { parseNumericRange } from './numbers.js';

/** What kind of answer a claim gives, read so that answers can be compared. */
export type AnswerClass =
  | { kind: 'boolean'; value: boolean }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'date'; start: number; end: number }
  | {
      kind: 'text';
      /** The text carries an odd number of negation cues: "no joint patrols", "not a civilian". */
      negated: boolean;
      /** Its meaning-carrying words once the cues are out. */
      words: string[];
      /** The whole text normalised, to look up declared `compatible` pairs. */
      normal: string;
    };

const DATE_ANSWER = /^\d{4}-\d{2}(?:-\d{2})?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;
const YES = new Set(['true', 'yes']);
const NO = new Set(['false', 'no']);

// A sponsor written with a hyphen: "Turkish-backed", "US-led" (the words after folding and stemming).
const SPONSORED = /(\p{L}+)[-\u2010\u2011]\s?(\p{L}+)/gu;

function sponsorPairs(text: string): Set<string> {
  const pairs = new Set<string>();
  for (const [, word, sponsor] of text.matchAll(SPONSORED)) {
    const stem = stemToken(foldText(sponsor));
    if (SPONSOR_WORDS.has(stem)) pairs.add(`${stemToken(foldText(word))} ${stem}`);
  }
  return pairs;
}

// The words of an answer that carry its meaning; a sponsor and the word it sponsors are one ("turkish~back").
function contentWords(tokens: readonly string[], sponsors: ReadonlySet<string> = new Set()): string[] {
  const words: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (STOP_WORDS.has(token) || YES_NO_WORDS.has(token) || isQuestionKind(token)) continue;
    const next = tokens[i + 1];
    const sponsored = next !== undefined && sponsors.has(`${token} ${next}`);
    const word = sponsored ? `${token}~${next}` : token;
    if (sponsored) i += 1;
    if (!words.includes(word)) words.push(word);
  }
  return words;
}

// True when the words only restate the topic: all of them are the topic's ("joint patrols" on "whether US
// and Russian forces conducted joint patrols"), or they are the topic with a little more ("joint US-Russian
// patrols" on "joint patrols").
function restatesTopic(words: readonly string[], topicWords: readonly string[]): boolean {
  if (words.length === 0 || topicWords.length === 0) return false;
  const weigh = (tokens: readonly string[]) => tokens.map((token) => ({ token, weight: 1 }));
  const overlap = overlapTokens(weigh(words), weigh(topicWords));
  return overlap.matchedA / overlap.totalA >= ANSWER_IS_TOPIC || containmentScore(overlap, TOPIC_EXTRA_PENALTY) >= ANSWER_IS_TOPIC;
}

/**
 * Classifies an answer on a topic: booleans (and "true"/"yes"/"false"/"no"); numbers and numeric phrases as
 * ranges; `YYYY-MM(-DD)` dates and intervals; else text with a polarity. A text whose words, once its
 * negation or affirmation cue is out, are empty or only restate the topic is a boolean of that polarity
 * ("no joint patrols" on "joint patrols" is `false`; "denied" is `false`; "confirmed" is `true`).
 * "one civilian" on a topic that is not a count is text, not the number 1. A text made only of the words of
 * one configured name and its variants is read as that name.
 */
export function classifyAnswer(says: Answer, topicWords: readonly string[], normaliser: Normaliser, countTopic: boolean): AnswerClass {
  if (typeof says === 'boolean') return { kind: 'boolean', value: says };
  if (typeof says === 'number') return { kind: 'range', min: says, max: says };
  const trimmed = says.trim();
  const lower = trimmed.toLowerCase();
  if (YES.has(lower)) return { kind: 'boolean', value: true };
  if (NO.has(lower)) return { kind: 'boolean', value: false };
  if (DATE_ANSWER.test(trimmed)) {
    const date = parseClaimDate(trimmed);
    if (!isDateProblem(date)) return { kind: 'date', start: date.start, end: date.end };
  }
  const range = parseNumericRange(trimmed);
  if (range && !(range.article && range.rest.length > 0 && !countTopic)) return { kind: 'range', min: range.min, max: range.max };
  const normal = normaliser.normalise(trimmed);
  const polarity = detectPolarity(normal.tokens);
  const sponsors = sponsorPairs(trimmed);
  const words = contentWords(polarity.residual, sponsors);
  if ((words.length === 0 && polarity.cued) || restatesTopic(words, topicWords)) {
    return { kind: 'boolean', value: !polarity.negated };
  }
  // Words of one configured name and its variants, recombined ("Russian private contractors" beside the
  // variant "private military contractors"), stand for that name.
  const name = words.length >= 2 && sponsors.size === 0 ? normaliser.aliases.nameByWords(words) : undefined;
  const tokens = name === undefined ? undefined : normaliser.aliases.tokensOf(name);
  if (tokens && tokens.join(' ') !== polarity.residual.join(' ')) {
    return { kind: 'text', negated: polarity.negated, words: contentWords(tokens), normal: tokens.join(' ') };
  }
  return { kind: 'text', negated: polarity.negated, words, normal: normal.text };
}
