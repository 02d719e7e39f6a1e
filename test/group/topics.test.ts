import { describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/check/items.js';
import { groupTopics, multiTopicKeys } from '../../src/group/topics.js';
import { TokenWeights } from '../../src/normalise/idf.js';
import { createNormaliser } from '../../src/normalise/normaliser.js';
import { claimFile } from '../fixtures/engine/build.js';

// Other topics of the corpus, so that word weights are those of a real corpus.
const BACKGROUND = [
  'US forces protect the oil fields',
  'number of US soldiers kept in Syria',
  'frequency of US-Russian standoffs',
  'Russian forces present at the clash',
  'who the Russian personnel were',
  'civilian traffic blocked',
];

function topicsOf(abouts: string[], aliases: Record<string, string[]> = {}, multi: Record<string, { multi?: boolean }> = {}) {
  const normaliser = createNormaliser({ aliases });
  const { claims } = indexCorpus([
    claimFile({ id: 'a', published: '2020-02-13', claims: abouts.map((about, i) => ({ id: `c${String(i).padStart(2, '0')}`, about, says: true })) }),
  ]);
  const weights = new TokenWeights();
  for (const about of new Set([...abouts, ...BACKGROUND])) weights.add(normaliser.normalise(about).content);
  const clusters = groupTopics(claims, { normaliser, weights, multi: multiTopicKeys(multi, normaliser) });
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

  test('orders claims by source and claim id, and topics by their first claim', () => {
    const topics = topicsOf(['number injured', 'number killed', 'number injured']);
    expect(topics.map((t) => t.abouts)).toEqual([['number injured', 'number injured'], ['number killed']]);
  });
});
