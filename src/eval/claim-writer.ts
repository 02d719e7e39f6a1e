import type { ClaimRecord } from '../model/claim-file.js';
import type { Random } from './random.js';
import { ORIGINS } from './origins.js';
import { INTERMEDIARIES, type Outlet } from './outlets.js';
import { pickForm, type AnswerClass, type AnswerForm } from './answers.js';
import type { TopicInstance, Voice } from './topic-instance.js';
import type { ClaimTruth } from './truth.js';
import { dateOf, dayText } from './dates.js';
import { slugify, uniqueSlug } from './slug.js';

/** Who a claim comes from: a reported statement, or the outlet asserting it itself. */
export type Speaker = { own: true; position: string } | { own: false; voice: Voice };

/** A claim of one article, before its line in the file is known. */
export interface WrittenClaim {
  record: ClaimRecord;
  truth: Omit<ClaimTruth, 'source'>;
}

/** Where the claim sits: its article, and the event report it belongs to (absent for standing claims). */
export interface ClaimSetting {
  outlet: Outlet;
  published: number;
  event?: { localId: string; trueEvent: string; day: number; placeName: string };
}

const HEDGES = ['reportedly, {q}', '{q}, according to unconfirmed reports', 'allegedly, {q}', '{q}, a claim that could not be independently verified'];
const NOTES = [
  'translated from Arabic',
  'the article gives the figure only in a photo caption',
  'the same statement appears in the outlet’s earlier report',
  'the quote is the outlet’s paraphrase of the statement',
];

function quoteFor(rng: Random, topic: TopicInstance, answerClass: AnswerClass, form: AnswerForm, placeName: string): string {
  const spec = topic.family.answer;
  if (spec.kind === 'polar') {
    const templates = answerClass.polarity === 'yes' ? spec.quotesYes : spec.quotesNo;
    return rng.pick(templates).replace('{place}', placeName);
  }
  const template = rng.pick(spec.quotes);
  return spec.kind === 'count' ? template.replace('{n}', form.words) : template.replace('{answer}', form.words);
}

function originName(rng: Random, voice: Voice): { by: string; byForm: 'canonical' | 'variant' } {
  const origin = ORIGINS[voice.originKey];
  if (origin.variants.length > 0 && rng.chance(0.4)) return { by: rng.pick(origin.variants), byForm: 'variant' };
  return { by: origin.name, byForm: 'canonical' };
}

function aboutText(rng: Random, topic: TopicInstance): string {
  return rng.weighted(topic.family.abouts.map((about, index) => [about.text, index === 0 ? 3 : 1] as const));
}

/** Writes one claim: the question in the article's words, one written form of the answer, who said it, the quote. */
export function writeClaim(rng: Random, setting: ClaimSetting, topic: TopicInstance, speaker: Speaker, takenIds: Set<string>): WrittenClaim {
  const position = speaker.own ? speaker.position : speaker.voice.position;
  const answerClass = topic.classes.find((c) => c.id === position);
  if (!answerClass) throw new Error(`topic ${topic.id} has no answer class "${position}"`);
  const form = pickForm(rng, answerClass);
  const named = speaker.own ? undefined : originName(rng, speaker.voice);
  const via = !speaker.own && rng.chance(setting.outlet.international ? 0.3 : 0.05)
    ? [rng.pick(INTERMEDIARIES.filter((name) => name !== setting.outlet.name))]
    : [];
  const hedge = rng.chance(0.12);
  const plain = quoteFor(rng, topic, answerClass, form, setting.event?.placeName ?? 'the area');
  const quote = hedge ? rng.pick(HEDGES).replace('{q}', plain) : plain;
  const explicitHedge = hedge && rng.chance(0.25);
  const origin = speaker.own ? setting.outlet.name : speaker.voice.origin;
  const said = setting.event && !speaker.own && rng.chance(0.05) ? dayText(Math.min(setting.event.day + 1, setting.published)) : undefined;
  const record: ClaimRecord = {
    id: uniqueSlug(slugify(`${topic.family.id}-${speaker.own ? setting.outlet.slug : origin}`, 50), takenIds),
    event: setting.event?.localId,
    about: aboutText(rng, topic),
    says: form.says,
    by: named?.by,
    via,
    quote,
    hedged: explicitHedge ? true : undefined,
    said: said === undefined ? undefined : dateOf(said),
    note: rng.chance(0.02) ? rng.pick(NOTES) : undefined,
    line: 0,
  };
  return {
    record,
    truth: {
      claim: record.id,
      trueEvent: setting.event?.trueEvent,
      topic: topic.id,
      position,
      origin,
      form: form.kind,
      byForm: named?.byForm ?? 'outlet',
      via: via.length > 0,
      hedged: hedge,
    },
  };
}
