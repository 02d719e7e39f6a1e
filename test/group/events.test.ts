import { describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/check/items.js';
import { groupEvents, type EventGrouping } from '../../src/group/events.js';
import { createNormaliser } from '../../src/normalise/normaliser.js';
import { claimFile, type FileSpec } from '../fixtures/engine/build.js';
import { dayNumber, formatDay } from '../../src/model/claim-date.js';

function group(specs: FileSpec[], options = { toleranceDays: 1, explain: true }, aliases: Record<string, string[]> = {}) {
  const { reports } = indexCorpus(specs.map(claimFile));
  const grouping = groupEvents(reports, createNormaliser({ aliases }), options);
  const names = (g: number[]) => g.map((i) => `${reports[i].file.source.id}/${reports[i].event.id}`);
  return { grouping, groups: grouping.groups.map(names), reports };
}

// Background events elsewhere in the province, so that word weights are those of a real corpus.
const BACKGROUND: FileSpec[] = ['Amuda', 'Tal Hamis', 'Rmelan', 'Tal Baydar', 'Jawadiyah'].map((village, i) => ({
  id: `background-${i}`,
  published: '2020-03-01',
  events: [{ id: 'e', title: `Shelling reported in ${village}`, date: `2020-01-${10 + i}`, place: `${village}, al-Qamishli countryside` }],
}));

describe('groupEvents', () => {
  test('transliterated places and paraphrased titles meet', () => {
    const { groups } = group([
      ...BACKGROUND,
      {
        id: 'enab',
        published: '2020-02-13',
        events: [{ id: 'clash', title: 'US patrol clashes with pro-government fighters at a checkpoint in Khirbet Amo', date: '2020-02-12', place: 'Khirbet Amo, al-Qamishli countryside' }],
      },
      {
        id: 'sana',
        published: '2020-02-12',
        events: [{ id: 'attack', title: 'US occupation forces attack residents of Khirbat Ammu', date: '2020-02-12', place: 'Khirbat Ammu village' }],
      },
      {
        id: 'moscow-times',
        published: '2020-06-20',
        events: [{ id: 'withdrawal', title: 'Russia withdraws from its new base', date: '2020-06-18', place: 'Qesirdib' }],
      },
      {
        id: 'diyaruna',
        published: '2020-06-20',
        events: [{ id: 'base', title: 'Russian forces leave the Qasr Dib base', date: '2020-06', place: 'Qasir al-Dib near al-Malikiyah' }],
      },
    ]);
    expect(groups).toContainEqual(['enab/clash', 'sana/attack']);
    expect(groups).toContainEqual(['diyaruna/base', 'moscow-times/withdrawal']);
  });

  test('the same place a week apart is two events; a day apart is one', () => {
    const { groups } = group([
      ...BACKGROUND,
      { id: 'a', published: '2020-02-13', events: [{ id: 'e', title: 'Clash at Khirbet Amo checkpoint', date: '2020-02-12', place: 'Khirbet Amo' }] },
      { id: 'b', published: '2020-02-20', events: [{ id: 'e', title: 'Clash at Khirbet Amo checkpoint', date: '2020-02-19', place: 'Khirbet Amo' }] },
      { id: 'c', published: '2020-02-14', events: [{ id: 'e', title: 'Checkpoint clash in Khirbet Amo', date: '2020-02-13', place: 'Khirbet Amo village' }] },
    ]);
    expect(groups).toContainEqual(['a/e', 'c/e']);
    expect(groups).toContainEqual(['b/e']);
  });

  test('the tolerance is configurable and applies to day-precision ends only', () => {
    const specs: FileSpec[] = [
      ...BACKGROUND,
      { id: 'a', published: '2020-03-05', events: [{ id: 'e', title: 'Convoy blocked at Tal Tamr', date: '2020-03-01', place: 'Tal Tamr' }] },
      { id: 'b', published: '2020-03-05', events: [{ id: 'e', title: 'Convoy blocked at Tal Tamr', date: '2020-03-03', place: 'Tal Tamr' }] },
      { id: 'c', published: '2020-03-05', events: [{ id: 'e', title: 'Convoy blocked at Tal Tamr', date: '2020-02', place: 'Tal Tamr' }] },
    ];
    expect(group(specs, { toleranceDays: 1, explain: false }).groups).toContainEqual(['a/e']);
    expect(group(specs, { toleranceDays: 2, explain: false }).groups).toContainEqual(['a/e', 'b/e']);
    // February ends the day before 1 March, but a month has no day to stretch.
    expect(group(specs, { toleranceDays: 2, explain: false }).groups).toContainEqual(['c/e']);
  });

  test('the same date at another place is another event', () => {
    const { groups, grouping, reports } = group([
      ...BACKGROUND,
      { id: 'a', published: '2020-02-13', events: [{ id: 'e', title: 'US patrol clashes with fighters at a checkpoint', date: '2020-02-12', place: 'Khirbet Amo, al-Qamishli countryside' }] },
      { id: 'b', published: '2020-02-13', events: [{ id: 'e', title: 'US patrol clashes with fighters at a checkpoint', date: '2020-02-12', place: 'Tal Hamis, al-Qamishli countryside' }] },
    ]);
    expect(groups).toContainEqual(['a/e']);
    expect(groups).toContainEqual(['b/e']);
    const miss = grouping.decisions.find((d) => reports[d.a].file.source.id === 'a' && reports[d.b].file.source.id === 'b');
    expect(miss?.basis).toBe('near-miss');
    expect(miss?.note).toMatch(/places differ/);
  });

  test('a report that fails only on the date, a few days beyond the tolerance, is a near miss saying so', () => {
    const title = 'Russian vehicle rams US patrol vehicle';
    const { groups, grouping, reports } = group([
      ...BACKGROUND,
      { id: 'a', published: '2020-08-28', events: [{ id: 'e', title, date: '2020-08-25', place: 'Derik' }] },
      { id: 'b', published: '2020-08-28', events: [{ id: 'e', title, date: '2020-08-27', place: 'Derik' }] },
      { id: 'c', published: '2020-08-28', events: [{ id: 'e', title, date: '2020-08-24', place: 'Derik' }] },
      { id: 'd', published: '2020-09-28', events: [{ id: 'e', title, date: '2020-09-20', place: 'Derik' }] },
    ]);
    expect(groups).toContainEqual(['a/e', 'c/e']);
    expect(groups).toContainEqual(['b/e']);
    const between = (x: string, y: string) =>
      grouping.decisions.find((d) => [reports[d.a].file.source.id, reports[d.b].file.source.id].sort().join() === [x, y].join());
    expect(between('a', 'b')).toMatchObject({ basis: 'near-miss', joined: false, note: expect.stringMatching(/^dates 2 days apart; tolerance 1/) });
    expect(between('a', 'c')).toMatchObject({ basis: 'similar', joined: true, note: expect.stringMatching(/^dates 1 day apart \(tolerance 1\)/) });
    // Weeks apart is another event, not a near miss.
    expect(between('a', 'd')).toBeUndefined();
  });

  test('two incidents at one place on one day stay apart when they have nothing but place and date in common', () => {
    const { groups, grouping, reports } = group([
      ...BACKGROUND,
      { id: 'a', published: '2020-02-13', events: [{ id: 'e', title: 'Fire destroys wheat fields in Khirbet Amo', date: '2020-02-12', place: 'Khirbet Amo', actors: ['firefighters'] }] },
      { id: 'b', published: '2020-02-13', events: [{ id: 'e', title: 'Russian troops move into Khirbet Amo', date: '2020-02-12', place: 'Khirbet Amo', actors: ['Russian forces'] }] },
      { id: 'c', published: '2020-02-14', events: [{ id: 'e', title: 'Blaze sweeps through wheat fields near Khirbat Ammu', date: '2020-02-12', place: 'Khirbat Ammu', actors: ['villagers'] }] },
    ]);
    expect(groups).toContainEqual(['a/e', 'c/e']);
    expect(groups).toContainEqual(['b/e']);
    const miss = grouping.decisions.find((d) => reports[d.a].file.source.id === 'a' && reports[d.b].file.source.id === 'b');
    expect(miss?.note).toMatch(/nothing in common but the place and the date/);
  });

  test('a similar-sounding village a day later is another place', () => {
    const { groups } = group([
      ...BACKGROUND,
      { id: 'a', published: '2019-10-24', events: [{ id: 'e', title: 'Standoff between US and Russian patrols near Tel Nasri', date: '2019-10-23', place: 'Tel Nasri, al-Hasakah province', actors: ['US forces', 'SDF'] }] },
      { id: 'b', published: '2019-10-25', events: [{ id: 'e', title: 'Russia attempts to establish a base in Tal Nasir', date: '2019-10-24', place: 'Tal Nasir', actors: ['Russian forces', 'US forces'] }] },
      { id: 'c', published: '2019-10-24', events: [{ id: 'e', title: 'US and Russian troops in tense encounter at Tal Nasri', date: '2019-10-23', place: 'Tal Nasri village', actors: ['US forces'] }] },
    ]);
    expect(groups).toContainEqual(['a/e', 'c/e']);
    expect(groups).toContainEqual(['b/e']);
  });

  test('a village written with its district is not the town the district is named after', () => {
    const { groups } = group([
      ...BACKGROUND,
      { id: 'a', published: '2019-11-11', events: [{ id: 'e', title: 'US forces block a Russian patrol near Tal Roman', date: '2019-11-10', place: 'Tal Roman, Tel Tamer countryside' }] },
      { id: 'b', published: '2019-11-11', events: [{ id: 'e', title: 'US forces block a Russian patrol near Tal Tamr', date: '2019-11-10', place: 'near Tal Tamr' }] },
    ]);
    expect(groups).toContainEqual(['a/e']);
    expect(groups).toContainEqual(['b/e']);
  });

  test('a month-wide date does not chain events of one place weeks apart', () => {
    const { groups } = group([
      ...BACKGROUND,
      { id: 'a', published: '2020-03-03', events: [{ id: 'e', title: 'Clash at the Khirbet Amo checkpoint', date: '2020-03-02', place: 'Khirbet Amo' }] },
      { id: 'b', published: '2020-03-21', events: [{ id: 'e', title: 'Clash at the Khirbet Amo checkpoint', date: '2020-03-20', place: 'Khirbet Amo' }] },
      { id: 'c', published: '2020-04-01', events: [{ id: 'e', title: 'Clash at the Khirbet Amo checkpoint', date: '2020-03', place: 'Khirbet Amo' }] },
    ]);
    const withA = groups.find((g) => g.includes('a/e'));
    expect(withA).not.toContain('b/e');
    expect(groups.flat().sort()).toEqual(expect.arrayContaining(['a/e', 'b/e', 'c/e']));
  });

  test('reports sharing a key join whatever they say; different keys never join, even through a third report', () => {
    const { groups } = group([
      ...BACKGROUND,
      { id: 'a', published: '2020-02-13', events: [{ id: 'e', title: 'Patrol blocked near Derik', date: '2020-02-12', place: 'Derik', key: 'block-1' }] },
      { id: 'b', published: '2020-02-13', events: [{ id: 'e', title: 'Patrol blocked near Derik', date: '2020-02-12', place: 'Derik' }] },
      { id: 'c', published: '2020-02-13', events: [{ id: 'e', title: 'Patrol blocked near Derik', date: '2020-02-12', place: 'Derik', key: 'block-2' }] },
      { id: 'd', published: '2020-05-01', events: [{ id: 'e', title: 'Something else entirely', date: '2020-04-30', place: 'Amuda', key: 'block-1' }] },
    ]);
    const withA = groups.find((g) => g.includes('a/e'));
    const withC = groups.find((g) => g.includes('c/e'));
    expect(withA).toContain('d/e');
    expect(withA).not.toContain('c/e');
    expect(withC).not.toContain('a/e');
    expect(groups.flat().sort()).toEqual(expect.arrayContaining(['a/e', 'b/e', 'c/e', 'd/e']));
  });

  test('two events of one article stay apart unless keyed', () => {
    const { groups } = group([
      ...BACKGROUND,
      {
        id: 'mt',
        published: '2020-06-19',
        events: [
          { id: 'protest', title: 'Villagers protest against a Russian patrol near Derik', date: '2020-06-16', place: 'near Derik' },
          { id: 'standoff', title: 'Russian patrol and US convoy face off outside Derik', date: '2020-06-17', place: 'outside Derik' },
        ],
      },
      { id: 'diyaruna', published: '2020-06-20', events: [{ id: 'e', title: 'Encounters between US and Russian patrols in Derik', date: '2020-06', place: 'al-Malikiyah' }] },
    ], undefined, { Derik: ['al-Malikiyah'] });
    const mtGroups = groups.filter((g) => g.some((name) => name.startsWith('mt/')));
    expect(mtGroups).toHaveLength(2);
  });

  test('an undated event joins only a very close match published near it', () => {
    const { groups } = group([
      ...BACKGROUND,
      { id: 'a', published: '2020-02-13', events: [{ id: 'e', title: 'US patrol clashes with NDF at a checkpoint in Khirbet Amo', date: '2020-02-12', place: 'Khirbet Amo' }] },
      { id: 'b', published: '2020-02-14', events: [{ id: 'e', title: 'US patrol clashes with NDF at a checkpoint in Khirbet Amo', place: 'Khirbet Amo' }] },
      { id: 'c', published: '2020-05-14', events: [{ id: 'e', title: 'US patrol clashes with NDF at a checkpoint in Khirbet Amo', place: 'Khirbet Amo' }] },
      { id: 'd', published: '2020-02-14', events: [{ id: 'e', title: 'Protest in Khirbet Amo' }] },
    ]);
    expect(groups).toContainEqual(['a/e', 'b/e']);
    expect(groups).toContainEqual(['c/e']);
    expect(groups).toContainEqual(['d/e']);
  });

  test('a report without a place joins one whose place its title names', () => {
    const { groups } = group([
      ...BACKGROUND,
      { id: 'a', published: '2020-02-13', events: [{ id: 'e', title: 'US patrol clashes with NDF fighters', date: '2020-02-12', place: 'Khirbet Amo, al-Qamishli countryside' }] },
      { id: 'b', published: '2020-02-13', events: [{ id: 'e', title: 'Clash between NDF and a US patrol in Khirbat Ammu', date: '2020-02-12' }] },
      { id: 'c', published: '2020-02-13', events: [{ id: 'e', title: 'Clash between NDF and a US patrol in Tal Hamis', date: '2020-02-12' }] },
    ]);
    expect(groups).toContainEqual(['a/e', 'b/e']);
    expect(groups).toContainEqual(['c/e']);
  });

  test('explains every join', () => {
    const { grouping, reports } = group([
      { id: 'a', published: '2020-02-13', events: [{ id: 'e', title: 'Patrol blocked near Derik', date: '2020-02-12', place: 'Derik', key: 'k' }] },
      { id: 'b', published: '2020-02-13', events: [{ id: 'e', title: 'Patrol blocked near Derik', date: '2020-02-11', place: 'Derik', key: 'k' }] },
      { id: 'c', published: '2020-02-13', events: [{ id: 'e', title: 'Patrol blocked near Derik', date: '2020-02-12', place: 'Derik' }] },
    ]);
    const describe = (g: EventGrouping['decisions'][number]) => `${reports[g.a].file.source.id}-${reports[g.b].file.source.id} ${g.basis} ${g.joined}`;
    expect(grouping.decisions.map(describe)).toEqual(['a-b key true', 'a-c similar true']);
    expect(grouping.decisions[1].note).toMatch(/place 1\.00/);
  });
});

describe('candidate search', () => {
  test('compares far fewer than all pairs of 2,000 events spread over a year', () => {
    const villages = Array.from({ length: 120 }, (_, i) => `Village${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const start = dayNumber(2020, 1, 1);
    const specs: FileSpec[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `article-${i}`,
      published: formatDay(start + ((i * 7) % 365) + 1),
      events: [
        {
          id: 'e',
          title: `Patrol blocked in ${villages[(i * 13) % villages.length]}`,
          date: formatDay(start + ((i * 7) % 365)),
          place: `${villages[(i * 13) % villages.length]}, al-Hasakah`,
        },
      ],
    }));
    const { grouping } = group(specs, { toleranceDays: 1, explain: false });
    const allPairs = (2000 * 1999) / 2;
    expect(grouping.comparisons).toBeLessThan(allPairs / 100);
    expect(grouping.groups.length).toBeGreaterThan(100);
  });
});
