import { describe, expect, test } from 'vitest';
import { formPositions } from '../../src/compare/positions.js';
import { placeDates } from '../../src/compare/date-positions.js';
import { topicStatus } from '../../src/compare/status.js';
import { indexCorpus } from '../../src/check/items.js';
import { claimFile } from '../fixtures/engine/build.js';

// Ranges as [min, max]; agreement is overlap.
const RANGES: Record<string, [number, number]> = { '1': [1, 1], '2+': [2, Infinity], '1-3': [1, 3], '5': [5, 5], '2': [2, 2] };
const overlap = (a: string, b: string) => RANGES[a][0] <= RANGES[b][1] && RANGES[b][0] <= RANGES[a][1];

describe('formPositions', () => {
  test('an answer joins the first position whose every answer it agrees with', () => {
    // "1-3" agrees with "2+" and with "1", which disagree; "5" agrees with "2+" but not "1-3".
    expect(formPositions(['2+', '1-3', '5', '1'], (x) => x, overlap)).toEqual([['2+', '1-3'], ['5'], ['1']]);
  });

  test('the same answer always shares a position, and agreement is asked once per pair', () => {
    let asked = 0;
    const counting = (a: string, b: string) => {
      asked += 1;
      return overlap(a, b);
    };
    expect(formPositions(['1', '5', '1', '5', '1'], (x) => x, counting)).toEqual([['1', '1', '1'], ['5', '5']]);
    expect(asked).toBe(1);
  });

  test('depends only on the order of the items', () => {
    const items = ['2', '1-3', '2+', '1', '5'];
    expect(formPositions(items, (x) => x, overlap)).toEqual(formPositions([...items], (x) => x, overlap));
  });
});

describe('topicStatus', () => {
  test('follows contract §2.6', () => {
    expect(topicStatus([1, 1], false)).toBe('contested');
    expect(topicStatus([2], false)).toBe('corroborated');
    expect(topicStatus([1], false)).toBe('single-source');
  });

  test('a multi topic is never contested', () => {
    expect(topicStatus([1, 1], true)).toBe('single-source');
    expect(topicStatus([1, 2], true)).toBe('corroborated');
  });
});

describe('placeDates', () => {
  const reports = (dates: string[]) =>
    indexCorpus(
      dates.map((date, i) => claimFile({ id: `r${i}`, published: '2020-02-01', events: [{ id: 'e', title: 'Patrol blocked', date }] })),
    ).reports;
  const dates = (placed: ReturnType<typeof placeDates>) => ({
    positions: placed?.positions.map((p) => p.map((r) => r.event.date?.text)),
    spanning: placed?.spanning.map((r) => r.event.date?.text),
  });

  test('no date topic when all dates overlap', () => {
    expect(placeDates(reports(['2020-01-20', '2020-01', '2020-01-18/2020-01-22']))).toBeUndefined();
  });

  test('one position per date when dates conflict', () => {
    expect(dates(placeDates(reports(['2020-01-21', '2020-01-20', '2020-01-21'])))).toEqual({
      positions: [['2020-01-21', '2020-01-21'], ['2020-01-20']],
      spanning: [],
    });
  });

  test('a month beside two days of it contradicts neither', () => {
    expect(dates(placeDates(reports(['2020-01-21', '2020-01', '2020-01-20'])))).toEqual({
      positions: [['2020-01-21'], ['2020-01-20']],
      spanning: ['2020-01'],
    });
  });

  test('a coarser date that fits only one position joins it', () => {
    expect(dates(placeDates(reports(['2020-01-21', '2020-01', '2020-02-05'])))).toEqual({
      positions: [['2020-01-21', '2020-01'], ['2020-02-05']],
      spanning: [],
    });
  });
});
