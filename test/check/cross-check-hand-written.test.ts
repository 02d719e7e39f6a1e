import { describe, expect, test } from 'vitest';
import { crossCheck } from '../../src/check/cross-check.js';
import { claimFile } from '../fixtures/engine/build.js';
import { emptyConfig, type CorpusConfig } from '../../src/config/config.js';
import type { Answer } from '../../src/model/claim-file.js';

const OPTIONS = { dateToleranceDays: 1, explain: false };

// Two outlets answering one standing topic; the topic's status.
function statusOf(a: Answer, b: Answer, config: Partial<CorpusConfig> = {}): string {
  const files = [a, b].map((says, i) =>
    claimFile({ id: `outlet-${i}`, outlet: `Outlet ${i}`, published: '2020-03-02', claims: [{ id: 'who', about: 'identity of the man killed', says }] }),
  );
  const result = crossCheck(files, { ...emptyConfig(), ...config }, OPTIONS);
  expect(result.standing).toHaveLength(1);
  return result.standing[0].status;
}

describe('answers that agree are not called contradictions', () => {
  const ndf = { aliases: { NDF: ['National Defense Force', 'National Defense Forces'] } };
  test.each<[string, string, Partial<CorpusConfig>]>([
    ['civilian', 'a civilian from the village', {}],
    ['Turkish', 'a Turkish drone', {}],
    ['NDF fighter', 'member of the NDF', ndf],
    ['NDF fighter', 'a National Defense Forces member', ndf],
    ['NDF fighter', 'Syrian regime forces', { compatible: [['NDF', 'Syrian regime forces']] }],
    ...['a pro-government militiaman', 'pro-government militiaman', 'member of the NDF'].map((answer): [string, string, Partial<CorpusConfig>] => [
      answer,
      'pro-government forces',
      {
        aliases: { 'NDF fighter': ['National Defense Force member', 'pro-government militiaman'] },
        compatible: [['pro-government forces', 'NDF fighter']],
      },
    ]),
    [
      'pro-government forces',
      'a pro-government militiaman',
      {
        aliases: { 'NDF fighter': ['National Defense Force member', 'pro-government militiaman'] },
        compatible: [['pro-government forces', 'NDF fighter']],
      },
    ],
  ])('%s / %s', (a, b, config) => {
    expect(statusOf(a, b, config)).toBe('corroborated');
  });

  test.each<[string, string, Partial<CorpusConfig>]>([
    ['civilian', 'NDF fighter', {}],
    ['Russian Military Police', 'Russian military contractors', {}],
    ['not a civilian', 'civilian', {}],
    ['civilian', 'a National Defense Forces member', { aliases: { NDF: ['National Defense Force', 'National Defense Forces'] } }],
    ['Turkish', 'a Russian drone', {}],
    ['Turkish soldier', 'Turkish drone', {}],
    ['civilian', 'NDF fighter', { compatible: [['NDF', 'Syrian regime forces']] }],
    ['not an NDF fighter', 'Syrian regime forces', { compatible: [['NDF', 'Syrian regime forces']] }],
  ])('%s / %s still differ', (a, b, config) => {
    expect(statusOf(a, b, config)).toBe('contested');
  });
});

describe('one reprinted statement is one origin', () => {
  const written = [
    'SOHR',
    'Syrian Observatory for Human Rights',
    'the Britain-based Syrian Observatory for Human Rights',
    'the Observatory',
    'UK-based monitor group',
    'Syrian Observatory',
    'The Syrian Observatory for Human Rights (SOHR)',
    "SOHR's director Rami Abdulrahman",
  ];
  const files = written.map((by, i) =>
    claimFile({ id: `outlet-${i}`, outlet: `Outlet ${i}`, published: '2020-03-02', claims: [{ id: 'toll', about: 'number killed in Derik', says: 3, by }] }),
  );
  test('with the aliases, eight ways of writing SOHR are one origin', () => {
    const config = { ...emptyConfig(), aliases: { SOHR: ['Syrian Observatory for Human Rights', 'UK-based monitor group'] } };
    const result = crossCheck(files, config, OPTIONS);
    expect(result.standing[0].positions.map((p) => p.origins)).toEqual([1]);
  });

  test('distinct names differing by one letter stay distinct origins', () => {
    const pair = (a: string, b: string) =>
      crossCheck(
        [a, b].map((by, i) =>
          claimFile({ id: `o-${i}`, outlet: `Outlet ${i}`, published: '2020-03-02', claims: [{ id: 'toll', about: 'number killed', says: 3, by }] }),
        ),
        emptyConfig(),
        OPTIONS,
      ).standing[0].positions[0].origins;
    expect(pair('Outlet A', 'Outlet B')).toBe(2);
    expect(pair('Witness A', 'Witness B')).toBe(2);
    expect(pair('Syrian Observatory for Human Rights', 'Syrian Observatory for Human Right')).toBe(1);
  });
});

describe('event grouping on hand-written places and dates', () => {
  const report = (id: string, place: string, date: string, title = 'Russian vehicle rams US patrol vehicle') =>
    claimFile({ id, outlet: id, published: '2020-08-28', events: [{ id: 'ramming', title, date, place }], claims: [] });

  test('transliterations of one town with "near" and "countryside" are one event', () => {
    const files = [
      report('a', 'near Dayrik, northeastern Syria', '2020-08-25', 'Russian armoured vehicle collides with US patrol'),
      report('b', 'Derik', '2020-08-25', 'US soldiers injured as Russian convoy hits their vehicle'),
      report('c', 'Dêrik countryside, al-Hasakah', '2020-08-25', 'Collision between Russian and US patrols'),
    ];
    const result = crossCheck(files, emptyConfig(), OPTIONS);
    expect(result.events.map((e) => e.reports.map((r) => r.source))).toEqual([['a', 'b', 'c']]);
    const same = files.map((f, i) => report('abc'[i], f.events[0].place as string, '2020-08-25'));
    expect(crossCheck(same, emptyConfig(), OPTIONS).events).toHaveLength(1);
  });

  test("a village in a town's countryside is not the town", () => {
    const files = [report('a', 'Tal Roman, Tel Tamer countryside', '2020-08-25'), report('b', 'Tal Tamr', '2020-08-25')];
    expect(crossCheck(files, emptyConfig(), OPTIONS).events).toHaveLength(2);
  });
});
