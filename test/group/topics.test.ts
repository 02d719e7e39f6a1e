import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { indexCorpus } from '../../src/check/items.js';
import { TOPIC_ALL_PAIRS_LIMIT, TOPIC_BOUND_MIN, TOPIC_JOIN } from '../../src/check/thresholds.js';
import { generateCorpus } from '../../src/eval/generate.js';
import { placeLexicon } from '../../src/group/place-lexicon.js';
import { topicSimilarity } from '../../src/group/topic-similarity.js';
import { groupTopics, multiTopicKeys, topicPairs } from '../../src/group/topics.js';
import type { ClaimFile } from '../../src/model/claim-file.js';
import { TokenWeights } from '../../src/normalise/idf.js';
import { createNormaliser } from '../../src/normalise/normaliser.js';
import { claimFile } from '../fixtures/engine/build.js';
import { respelled, village } from './made-up-names.js';

const BUNDLED_CLAIMS = fileURLToPath(new URL('../../data/claims/', import.meta.url));

// Other topics of the corpus, so that word weights are those of a real corpus.
const BACKGROUND = [
  'US forces protect the oil fields',
  'number of US soldiers kept in Syria',
  'frequency of US-Russian standoffs',
  'Russian forces present at the clash',
  'who the Russian personnel were',
  'civilian traffic blocked',
];

interface TopicsOptions {
  aliases?: Record<string, string[]>;
  multi?: Record<string, { multi?: boolean }>;
  /** The corpus's event places. */
  places?: string[];
  /** The answer of each claim, by index (default: `true`). */
  says?: (string | number | boolean)[];
}

function topicsOf(abouts: string[], aliases: Record<string, string[]> = {}, multi: Record<string, { multi?: boolean }> = {}, options: TopicsOptions = {}) {
  const normaliser = createNormaliser({ aliases });
  const claimSpecs = abouts.map((about, i) => ({ id: `c${String(i).padStart(2, '0')}`, about, says: options.says?.[i] ?? true }));
  const { claims } = indexCorpus([claimFile({ id: 'a', published: '2020-02-13', claims: claimSpecs })]);
  const weights = new TokenWeights();
  for (const about of new Set([...abouts, ...BACKGROUND])) weights.add(normaliser.normalise(about).content);
  const places = placeLexicon(options.places ?? [], normaliser);
  const clusters = groupTopics(claims, { normaliser, weights, multi: multiTopicKeys(multi, normaliser), places });
  return clusters.map((cluster) => ({ abouts: cluster.claims.map((c) => c.claim.about), multi: cluster.multi }));
}

describe('groupTopics', () => {
  test('one question in different words is one topic', () => {
    const topics = topicsOf(['joint patrols', 'joint US-Russian patrols', 'whether US and Russian forces conducted joint patrols']);
    expect(topics).toHaveLength(1);
    expect(topicsOf(['number killed', 'how many were killed', 'Number of people killed'])).toHaveLength(1);
    expect(topicsOf(['identity of the man killed', 'Who was the man killed?'])).toHaveLength(1);
    expect(topicsOf(['frequency of US-Russian standoffs', 'how often US-Russian standoffs happen'])).toHaveLength(1);
  });

  test('"number killed" and "number injured" are different topics', () => {
    expect(topicsOf(['number killed', 'number injured'])).toHaveLength(2);
  });

  test('topics asking for different kinds of answer stay apart', () => {
    expect(topicsOf(['number killed', 'identity of the man killed'])).toHaveLength(2);
  });

  test('"death toll" and "number killed" are one topic only when the configuration says so', () => {
    expect(topicsOf(['death toll', 'number killed'])).toHaveLength(2);
    expect(topicsOf(['death toll', 'number killed'], { 'number killed': ['death toll'] })).toHaveLength(1);
  });

  test('aliases apply inside an about, and a configured topic name is written with the other names it holds', () => {
    const aliases = { 'US forces': ['US troops', 'American troops'], 'US troop numbers in Syria': ['US soldiers in Syria'] };
    const abouts = ['US troop numbers in Syria', 'number of US troops in Syria', 'how many US troops remain in Syria', 'US soldiers in Syria'];
    expect(topicsOf(abouts, aliases)).toHaveLength(1);
  });

  test('a place written as one word or as two is one place inside an about', () => {
    const abouts = ['Russian base in Qasr al-Dib', 'Russian plans for a base in Qasir al-Dib', 'Russian base at Qesirdib'];
    expect(topicsOf(abouts, {}, {}, { places: ['Qasr al-Dib', 'Qesirdib'] })).toHaveLength(1);
  });

  test('the same place does not make two questions about it one; different places keep them apart', () => {
    const places = ['Qasir al-Dib near al-Malikiyah', 'Qesirdib', 'Tal Tamr'];
    expect(topicsOf(['Russia negotiating a base at Qasir al-Dib', 'Russia withdrew from the Qesirdib base'], {}, {}, { places })).toHaveLength(2);
    expect(topicsOf(['number killed in Tal Tamr', 'number killed in Qesirdib'], {}, {}, { places })).toHaveLength(2);
  });

  test('an about without a question word asks for a count when its answers are counts', () => {
    const topics = topicsOf(['number killed', 'identity of the man killed', 'people killed'], {}, {}, { says: [2, 'civilian', 3] });
    expect(topics.map((t) => t.abouts)).toEqual([['number killed', 'people killed'], ['identity of the man killed']]);
  });

  test('a short, general question does not chain two others into one topic', () => {
    const topics = topicsOf(['patrols', 'joint patrols', 'Russian patrols blocked']);
    const joint = topics.find((t) => t.abouts.includes('joint patrols'));
    expect(joint?.abouts).not.toContain('Russian patrols blocked');
  });

  test('marks the topics the configuration declares multi', () => {
    const topics = topicsOf(['actors present', 'forces present at the clash'], {}, { 'actors present': { multi: true } });
    expect(topics.find((t) => t.abouts.includes('actors present'))?.multi).toBe(true);
    expect(topics.find((t) => t.abouts.includes('forces present at the clash'))?.multi).toBe(false);
  });

  test('among many questions sharing common words, two spellings of one name still make one topic', () => {
    // 300 abouts: each word but the name is in all of them, so they crowd under one blocking key.
    const abouts = Array.from({ length: 150 }, (_, i) => [`fighters killed in ${village(i)}`, `fighters killed in ${respelled(i)}`]).flat();
    const topics = topicsOf(abouts);
    expect(topics).toHaveLength(150);
    expect(topics.every((t) => t.abouts.length === 2)).toBe(true);
  });

  test('orders claims by source and claim id, and topics by their first claim', () => {
    const topics = topicsOf(['number injured', 'number killed', 'number injured']);
    expect(topics.map((t) => t.abouts)).toEqual([['number injured', 'number injured'], ['number killed']]);
  });
});

describe('topicPairs', () => {
  // The abouts of the generated evaluation corpus and of the bundled one: transliterations, rephrasings,
  // and many questions sharing their common words.
  const generated = [...new Set(generateCorpus({ seed: 7, events: 40 }).files.flatMap((file) => file.claims.map((claim) => claim.about)))];
  const bundled = readdirSync(BUNDLED_CLAIMS)
    .filter((name) => name.endsWith('.yaml'))
    .flatMap((name) => (parse(readFileSync(join(BUNDLED_CLAIMS, name), 'utf8')) as ClaimFile).claims.map((claim) => claim.about));

  test.each([
    ['the bundled corpus', bundled],
    ['the generated corpus, in slices of 16 to 60', generated],
  ])('scores every pair of distinct abouts that can join, and bounds every score: %s', (_, abouts) => {
    const normaliser = createNormaliser({ aliases: {} });
    const weights = new TokenWeights();
    const keys = [...new Map(abouts.map((about) => normaliser.normalise(about)).map(({ text, content }) => [text, { text, content }])).values()];
    for (const key of keys) weights.add(key.content);
    let joinable = 0;
    for (let start = 0; start + TOPIC_BOUND_MIN <= keys.length; start += 40) {
      const slice = keys.slice(start, start + TOPIC_ALL_PAIRS_LIMIT);
      const { pairs, upper } = topicPairs(slice, weights);
      const scored = new Set(pairs.map(([i, j]) => `${i} ${j}`));
      expect(scored.size).toBeLessThan((slice.length * (slice.length - 1)) / 2);
      for (let i = 0; i < slice.length; i++) {
        for (let j = i + 1; j < slice.length; j++) {
          const score = topicSimilarity(slice[i], slice[j], weights);
          expect(upper(i, j)).toBeGreaterThanOrEqual(score - 1e-9);
          expect(upper(j, i)).toBe(upper(i, j));
          if (score < TOPIC_JOIN) continue;
          joinable++;
          expect(scored).toContain(`${i} ${j}`);
        }
      }
    }
    expect(joinable).toBeGreaterThan(3);
  });
});
