import { describe, expect, test } from 'vitest';
import { CROWD_KEY_MAX_REPORTS, CROWD_KEYS_PER_REPORT, CROWDED_RUN } from '../../src/check/thresholds.js';
import { indexCorpus } from '../../src/check/items.js';
import { candidatePairs } from '../../src/group/candidates.js';
import { CrowdIndex, pairWithinBucket } from '../../src/group/crowd-blocking.js';
import { eventFeatures } from '../../src/group/event-features.js';
import { groupEvents } from '../../src/group/events.js';
import { createNormaliser } from '../../src/normalise/normaliser.js';
import { claimFile, type FileSpec } from '../fixtures/engine/build.js';
import { respelled, village, word } from './made-up-names.js';

/**
 * The worst case for grouping: `events` events, each reported by four articles, all in one place on one day.
 * The reports of one event share its village's name (one in two respelled); reports of different events share
 * nothing but the place and the day. Article ids put the reports of one event far apart in corpus order.
 */
function crowd(events: number): FileSpec[] {
  const specs: FileSpec[] = [];
  for (let article = 0; article < 4; article++) {
    for (let e = 0; e < events; e++) {
      const name = article % 2 === 0 ? village(e) : respelled(e);
      specs.push({
        id: `r${article}-${String(e).padStart(3, '0')}`,
        published: '2020-02-13',
        events: [{ id: `ev${e}`, title: `${name} ${word(e)}`, date: '2020-02-12', place: 'Qamishli' }],
      });
    }
  }
  return specs;
}

function candidatesOf(specs: FileSpec[]) {
  const { reports } = indexCorpus(specs.map(claimFile));
  return { reports, pairs: candidatePairs(eventFeatures(reports, createNormaliser({ aliases: {} })), 1) };
}

describe('candidatePairs', () => {
  test('a small bucket keeps every pair of reports on overlapping dates', () => {
    const { pairs } = candidatesOf(crowd(10));
    expect(pairs).toHaveLength((40 * 39) / 2);
  });

  test('a crowded bucket yields candidates about linear in its reports, not all pairs', () => {
    const counts = [80, 160].map((events) => candidatesOf(crowd(events)).pairs.length);
    const reports = 4 * 160;
    expect(counts[1]).toBeLessThan((reports * (reports - 1)) / 2 / 10);
    // Twice the reports: about twice the pairs (all pairs would be four times as many).
    expect(counts[1] / counts[0]).toBeLessThan(2.2);
  });

  test('in a crowd, reports that share nothing but the place and the day are paired only among the last few', () => {
    const { reports, pairs } = candidatesOf(crowd(160));
    const across = pairs.filter(([a, b]) => reports[a].event.id !== reports[b].event.id);
    expect(across.length).toBeLessThanOrEqual((CROWDED_RUN * (CROWDED_RUN + 1)) / 2);
  });

  test('reports of one event in a crowd are still grouped, respelled names included', () => {
    const { reports } = indexCorpus(crowd(160).map(claimFile));
    const grouping = groupEvents(reports, createNormaliser({ aliases: {} }), { toleranceDays: 1, explain: false });
    const events = grouping.groups.map((g) => [...new Set(g.map((i) => reports[i].event.id))]);
    expect(events).toHaveLength(160);
    expect(events.every((ids) => ids.length === 1)).toBe(true);
    expect(grouping.groups.every((g) => g.length === 4)).toBe(true);
  });
});

describe('pairWithinBucket', () => {
  // Item i has its own key, shared with the few items of its tenth, and a key every item has.
  const keysAt = (i: number) => [`own-${Math.floor(i / 10)}`, 'everyone'];

  function pairsOf(size: number, lastOf: (p: number) => number): [number, number][] {
    const pairs: [number, number][] = [];
    pairWithinBucket(size, lastOf, keysAt, (p, q) => pairs.push([p, q]));
    return pairs;
  }

  test('pairs every later item up to the last while there are few', () => {
    expect(pairsOf(6, () => 5)).toEqual([
      [0, 1], [0, 2], [0, 3], [0, 4], [0, 5],
      [1, 2], [1, 3], [1, 4], [1, 5],
      [2, 3], [2, 4], [2, 5],
      [3, 4], [3, 5],
      [4, 5],
    ]);
    expect(pairsOf(6, (p) => Math.min(5, p + 1))).toEqual([[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]);
  });

  test('in a crowd, pairs an item only through keys rare among the items after it', () => {
    const size = 1000;
    const pairs = pairsOf(size, () => size - 1);
    const crowded = pairs.filter(([p]) => size - 1 - p > CROWDED_RUN);
    expect(crowded.length).toBeGreaterThan(0);
    expect(crowded.every(([p, q]) => Math.floor(p / 10) === Math.floor(q / 10))).toBe(true);
    expect(pairs.length).toBeLessThan(size * CROWD_KEYS_PER_REPORT * CROWD_KEY_MAX_REPORTS);
  });
});

describe('CrowdIndex', () => {
  test('takes the rarest keys among the later items, leaves out keys too common there', () => {
    const keys = [['a', 'common', 'rare'], ['a'], ['a', 'rare'], ...Array.from({ length: CROWD_KEY_MAX_REPORTS + 1 }, () => ['common'])];
    const index = new CrowdIndex(keys.length, (p) => keys[p]);
    // "common" is on more later items than a key may be; "rare" and "a" are not.
    expect(index.partners(0, keys.length - 1)).toEqual([1, 2]);
    // Up to position 3, "common" is on one later item only.
    expect(index.partners(0, 3)).toEqual([1, 2, 3]);
    expect(index.partners(2, keys.length - 1)).toEqual([]);
  });
});
