import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { crossCheck } from '../../src/check/cross-check.js';
import { loadCorpus } from '../fixtures/engine/load-corpus.js';
import { findings } from '../fixtures/engine/findings.js';
import { claimFile } from '../fixtures/engine/build.js';
import type { CorpusConfig } from '../../src/config/config.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/engine/${name}`, import.meta.url));
const OPTIONS = { dateToleranceDays: 1, explain: false };

describe('crossCheck on a clash reported by two sides (khirbet-amo)', () => {
  const { files, config } = loadCorpus(fixture('khirbet-amo'));
  const result = crossCheck(files, config, OPTIONS);

  test('groups the two reports of the clash despite transliteration, and keeps the distractors apart', () => {
    expect(findings(result).events.map((g) => [g.id, g.date, g.reports])).toEqual([
      // Earliest report (SANA, published the same day) gives the title and id.
      ['2020-02-12-us-occupation-forces-attack-residents-of-khirbat-ammu', '2020-02-12', ['enab-baladi-2020-02-13/khirbet-amo-clash', 'sana-2020-02-12/attack']],
      // Same day, another village of the same district.
      ['2020-02-12-us-patrol-clashes-with-pro-government-fighters-at-a', '2020-02-12', ['anha-2020-02-12/tal-hamis']],
      // Same village, a week later.
      ['2020-02-19-khirbet-amo-villagers-protest-against-us-patrol', '2020-02-19', ['north-press-2020-02-20/protest']],
    ]);
    expect(result.events[0].place).toBe('Khirbat Ammu village near Qamishli');
  });

  test('finds the contradiction on who was killed, counting SANA once however it is quoted', () => {
    const clash = findings(result).events[0];
    expect(clash.topics).toEqual([
      {
        about: 'identity of the man killed',
        status: 'contested',
        positions: [
          { says: 'civilian', origins: 1, hedged: false, members: ['enab-baladi-2020-02-13/killed-was-civilian', 'sana-2020-02-12/victim'] },
          { says: 'NDF fighter', origins: 1, hedged: false, members: ['enab-baladi-2020-02-13/killed-was-ndf'] },
        ],
      },
      {
        about: 'number killed',
        status: 'corroborated',
        // Enab Baladi's own count (hedged: "reportedly") and SANA's "one" agree; SANA's is not hedged.
        positions: [{ says: 1, origins: 2, hedged: false, members: ['enab-baladi-2020-02-13/one-killed', 'sana-2020-02-12/toll'] }],
      },
      {
        about: 'number injured',
        status: 'single-source',
        positions: [{ says: 1, origins: 1, hedged: false, members: ['enab-baladi-2020-02-13/injured'] }],
      },
      {
        about: 'US aircraft struck the village',
        status: 'single-source',
        positions: [{ says: true, origins: 1, hedged: false, members: ['sana-2020-02-12/airstrikes'] }],
      },
      {
        about: 'US patrol came under fire',
        status: 'single-source',
        positions: [{ says: true, origins: 1, hedged: false, members: ['enab-baladi-2020-02-13/patrol-fired-on'] }],
      },
    ]);
  });

  test('fills the readers’ fields of claims', () => {
    const claim = result.events[0].topics[1].positions[0].claims?.[0];
    expect(claim).toMatchObject({
      source: 'enab-baladi-2020-02-13',
      claim: 'one-killed',
      by: 'Enab Baladi',
      origin: 'Enab Baladi',
      outlet: 'Enab Baladi',
      published: '2020-02-13',
      says: 1,
      hedged: true,
      quote: 'a man was reportedly killed in the clash',
      url: 'https://example.org/enab-baladi/2020/02/13',
      file: 'claims/enab-baladi-2020-02-13.yaml',
    });
    expect(claim?.line).toBeGreaterThan(1);
  });

  test('counts every topic in the summary', () => {
    expect(result.summary).toEqual({
      files: 4,
      sources: 4,
      claims: 11,
      events: 3,
      topics: 8,
      contested: 1,
      corroborated: 1,
      singleSource: 6,
      eventReports: 4,
    });
  });
});

describe('crossCheck on the north-east corpus (keys, date conflicts, aliases, standing claims)', () => {
  const { files, config } = loadCorpus(fixture('north-east'));
  const result = crossCheck(files, config, OPTIONS);
  const found = findings(result);

  test('groups events by key, by transliterated place and by alias', () => {
    expect(found.events.map((g) => [g.id, g.date, g.reports])).toEqual([
      ['2020-01-18-russian-military-police-patrol-turned-back-by-us-troops-near', '2020-01-18', ['southfront-2020-02-07/jan-18-block', 'sputnik-2020-01-19/tel-tamer']],
      ['semalka-patrol-blocked-2020-01', '2020-01-20', ['rudaw-2020-01-21/convoy-stopped', 'rudaw-2020-01-21/npa-dating']],
      ['2020-01-31-us-forces-block-another-russian-convoy', '2020-01-31', ['southfront-2020-02-07/jan-31-convoy']],
      ['2020-06-russia-plans-a-base-in-qasir-al-dib', '2020-06', ['diyaruna-2020-06/qasr-dib-base', 'moscow-times-2020-06-19/withdrawal']],
      ['2020-06-two-encounters-between-us-and-russian-patrols-in-al', '2020-06', ['diyaruna-2020-06/derik-encounters', 'moscow-times-2020-06-19/standoff']],
      // The Moscow Times' two events are two events, so the protest stays on its own.
      ['2020-06-16-villagers-protest-against-a-russian-patrol-near-derik', '2020-06-16', ['moscow-times-2020-06-19/villagers-protest']],
    ]);
  });

  test('reports the conflicting dates of one keyed event as a contested date topic', () => {
    const semalka = found.events[1];
    expect(semalka.topics[0]).toEqual({
      about: 'date',
      status: 'contested',
      positions: [
        { says: '2020-01-20', origins: 1, hedged: false, members: ['rudaw-2020-01-21/npa-dating'] },
        { says: '2020-01-21', origins: 1, hedged: false, members: ['rudaw-2020-01-21/convoy-stopped'] },
      ],
    });
    expect(result.events[1].topics[0].dateTopic).toBe(true);
    expect(result.events[1].topics[0].positions[0].claims).toBeUndefined();
    expect(semalka.topics.map((t) => t.about)).toEqual([
      'date',
      'Russia agreed to stay on the Syria-Turkey border',
      'Russian patrol stopped before reaching the border',
    ]);
  });

  test('finds the standing contradictions and agreements, counting a spokesman with his organisation', () => {
    expect(found.standing).toEqual([
      {
        about: 'how often US-Russian standoffs happen',
        status: 'contested',
        positions: [
          { says: 'almost daily', origins: 1, hedged: true, members: ['southfront-2020-02-07/frequency-daily'] },
          { says: 'not daily occurrences', origins: 1, hedged: false, members: ['southfront-2020-02-07/frequency-not-daily'] },
        ],
      },
      {
        about: 'joint patrols',
        status: 'contested',
        positions: [
          {
            says: false,
            // The Global Coalition twice (its statement and its spokesman), and Ammar Saleh.
            origins: 2,
            hedged: false,
            members: ['coalition-2020-06-10/no-joint-patrols', 'diyaruna-2020-06/caggins-no-joint', 'diyaruna-2020-06/saleh-no-joint'],
          },
          { says: true, origins: 1, hedged: true, members: ['diyaruna-2020-06/local-media-joint'] },
        ],
      },
      {
        about: 'who the Russian personnel were',
        status: 'contested',
        positions: [
          { says: 'Russian military contractors', origins: 1, hedged: false, members: ['southfront-2020-02-07/personnel-contractors'] },
          { says: 'Russian Military Police', origins: 1, hedged: true, members: ['southfront-2020-02-07/personnel-mp'] },
        ],
      },
      {
        about: 'number of US soldiers kept in Syria',
        status: 'corroborated',
        positions: [{ says: 'about a thousand', origins: 2, hedged: false, members: ['rudaw-2020-01-21/troops-kept', 'southfront-2020-02-07/soldiers'] }],
      },
      {
        about: 'US forces protect the oil fields',
        status: 'corroborated',
        positions: [{ says: true, origins: 3, hedged: false, members: ['diyaruna-2020-06/oil', 'rudaw-2020-01-21/oil', 'southfront-2020-02-07/oil'] }],
      },
      {
        about: 'number of times US forces blocked Russian Military Police patrols',
        status: 'single-source',
        positions: [{ says: 'more than 6', origins: 1, hedged: false, members: ['southfront-2020-02-07/blocks'] }],
      },
    ]);
  });

  test('names origins after aliases', () => {
    const withdrew = result.events[3].topics.flatMap((t) => t.positions.flatMap((p) => p.claims ?? [])).find((c) => c.claim === 'withdrew');
    expect(withdrew).toMatchObject({ by: 'the UK-based monitor group', origin: 'SOHR', via: [] });
    const traffic = result.events[4].topics[0].positions[0].claims?.[0];
    expect(traffic).toMatchObject({ by: 'local monitoring groups', via: ['Al-Monitor'] });
  });

  test('counts date and standing topics in the summary', () => {
    expect(result.summary).toEqual({
      files: 6,
      sources: 6,
      claims: 20,
      events: 6,
      topics: 13,
      contested: 4,
      corroborated: 2,
      singleSource: 7,
      eventReports: 10,
    });
  });

  test('lists the sources by id', () => {
    expect(result.sources.map((s) => [s.id, s.claims])).toEqual([
      ['coalition-2020-06-10', 1],
      ['diyaruna-2020-06', 5],
      ['moscow-times-2020-06-19', 2],
      ['rudaw-2020-01-21', 4],
      ['southfront-2020-02-07', 7],
      ['sputnik-2020-01-19', 1],
    ]);
  });

  test('explains groupings only when asked', () => {
    expect(result.events.every((g) => g.explain === undefined)).toBe(true);
    const explained = crossCheck(files, config, { dateToleranceDays: 1, explain: true });
    expect(explained.events[1].explain).toEqual([
      expect.objectContaining({ basis: 'key', joined: true, note: 'same key "semalka-patrol-blocked-2020-01"' }),
    ]);
    const derik = explained.events[4].explain ?? [];
    expect(derik).toContainEqual(expect.objectContaining({ basis: 'similar', joined: true, a: { source: 'diyaruna-2020-06', event: 'derik-encounters' } }));
    // The protest scored as well, but The Moscow Times' standoff was already in the group.
    expect(derik).toContainEqual(
      expect.objectContaining({ basis: 'near-miss', joined: false, b: { source: 'moscow-times-2020-06-19', event: 'villagers-protest' } }),
    );
    // Explanations change nothing else.
    expect(explained.events.map(({ explain: _explain, ...rest }) => rest)).toEqual(result.events);
  });

  test('takes the date tolerance from the configuration when no options are given', () => {
    const strict = crossCheck(files, { ...config, dateTolerance: 0 });
    expect(findings(strict).events.map((g) => g.reports)).toContainEqual(['southfront-2020-02-07/jan-18-block', 'sputnik-2020-01-19/tel-tamer']);
    expect(crossCheck(files, config)).toEqual(result);
  });
});

describe('crossCheck on look-alike places and split topics (tal-tamr)', () => {
  const { files, config } = loadCorpus(fixture('tal-tamr'));
  const result = crossCheck(files, config, OPTIONS);
  const found = findings(result);

  test('keeps a similar-sounding village a day later, and a village named with its district, apart', () => {
    expect(found.events.map((g) => g.reports)).toEqual([
      // Tel Nasri / Tal Nasri: one standoff, two spellings.
      ['al-monitor-2019-10-24/standoff', 'north-press-2019-10-24/encounter'],
      // Tal Nasir is another village: no date conflict with the standoff.
      ['kurdistan-24-2019-10-25/base'],
      // "Tal Roman, Tel Tamer countryside" is not in Tal Tamr, however alike the titles.
      ['kurdistan-24-2019-10-25/patrol'],
      ['sana-2019-10-25/patrol'],
    ]);
    expect(found.events.flatMap((g) => g.topics).filter((t) => t.status === 'contested')).toEqual([]);
  });

  test('reads "Russian military policemen" as the Russian military police, in a question of identity', () => {
    expect(found.events[0].topics).toEqual([
      {
        about: 'identity of the Russian forces',
        status: 'corroborated',
        positions: [
          {
            says: 'Russian military police',
            origins: 2,
            hedged: false,
            members: ['al-monitor-2019-10-24/russian-unit', 'north-press-2019-10-24/russian-unit'],
          },
        ],
      },
    ]);
  });

  test('applies aliases inside standing topics, and counts a speaker with his description once', () => {
    expect(found.standing).toEqual([
      {
        about: 'US soldiers in Syria',
        status: 'contested',
        positions: [
          { says: 600, origins: 2, hedged: false, members: ['al-monitor-2019-10-24/us-troops', 'north-press-2019-10-24/us-troops'] },
          { says: 2000, origins: 1, hedged: false, members: ['sana-2019-10-25/us-troops'] },
        ],
      },
      {
        about: 'who controls the Semalka crossing',
        status: 'contested',
        positions: [
          // "Delil Hasso (local activist)" and "Delil Hasso": one origin, not two.
          { says: 'SDF', origins: 1, hedged: false, members: ['al-monitor-2019-10-24/semalka', 'north-press-2019-10-24/semalka'] },
          { says: 'US forces', origins: 1, hedged: false, members: ['sana-2019-10-25/semalka'] },
        ],
      },
    ]);
    const semalka = result.standing[1].positions[0].claims ?? [];
    expect(semalka.map((c) => c.origin)).toEqual(['Delil Hasso', 'Delil Hasso']);
  });
});

describe('crossCheck on topic settings and hedging', () => {
  const files = [
    claimFile({
      id: 'a-outlet',
      outlet: 'Outlet A',
      published: '2020-03-02',
      events: [{ id: 'clash', title: 'Clash at the Tal Tamr checkpoint', date: '2020-03-01', place: 'Tal Tamr' }],
      claims: [
        { id: 'actors-us', event: 'clash', about: 'actors present', says: 'US forces' },
        { id: 'killed-pgf', event: 'clash', about: 'identity of the man killed', says: 'pro-government forces', by: 'ANHA' },
        { id: 'rumour', about: 'Russian base at Tal Tamr', says: true, quote: 'Russia reportedly plans a base there' },
      ],
    }),
    claimFile({
      id: 'b-outlet',
      outlet: 'Outlet B',
      published: '2020-03-02',
      events: [{ id: 'e', title: 'Checkpoint clash in Tel Tamer', date: '2020-03-01', place: 'Tel Tamer' }],
      claims: [
        { id: 'actors-ru', event: 'e', about: 'forces present', says: 'Russian military police', by: 'RT' },
        { id: 'actors-us', event: 'e', about: 'actors present', says: 'the US forces', by: 'SANA' },
        { id: 'killed-ndf', event: 'e', about: 'who was killed', says: 'National Defense Force member', by: 'SANA' },
        { id: 'rumour', about: 'Russian base at Tal Tamr', says: 'yes', hedged: true, by: 'Sputnik' },
      ],
    }),
  ];
  const config: CorpusConfig = {
    aliases: { 'NDF fighter': ['National Defense Force member'], 'forces present': ['actors present'] },
    topics: { 'actors present': { multi: true } },
    compatible: [['pro-government forces', 'NDF fighter']],
  };
  const result = crossCheck(files, config, OPTIONS);
  const found = findings(result);

  test('a multi topic lists its answers side by side and is never contested', () => {
    expect(found.events).toHaveLength(1);
    const actors = found.events[0].topics.find((t) => t.about === 'actors present');
    expect(actors?.status).toBe('corroborated');
    expect(result.events[0].topics.find((t) => t.about === 'actors present')?.multi).toBe(true);
    expect(actors?.positions.map((p) => [p.says, p.origins])).toEqual([
      ['US forces', 2],
      ['Russian military police', 1],
    ]);
  });

  test('declared compatible answers (after aliases) are one position', () => {
    const killed = found.events[0].topics.find((t) => t.about === 'identity of the man killed');
    expect(killed).toEqual({
      about: 'identity of the man killed',
      status: 'corroborated',
      positions: [{ says: 'pro-government forces', origins: 2, hedged: false, members: ['a-outlet/killed-pgf', 'b-outlet/killed-ndf'] }],
    });
  });

  test('a position backed only by hedged claims is hedged', () => {
    expect(found.standing).toEqual([
      {
        about: 'Russian base at Tal Tamr',
        status: 'corroborated',
        positions: [{ says: true, origins: 2, hedged: true, members: ['a-outlet/rumour', 'b-outlet/rumour'] }],
      },
    ]);
  });
});

describe('group ids', () => {
  test('are the key, else date and slug of the earliest report’s title, with -2, -3 on a collision', () => {
    const files = ['Amuda', 'Rmelan', 'Tal Tamr'].map((place, i) =>
      claimFile({
        id: `article-${i}`,
        published: '2020-03-02',
        events: [{ id: 'e', title: 'Drone strike on a car', date: '2020-03-01', place, ...(i === 2 ? { key: 'tal-tamr-strike' } : {}) }],
      }),
    );
    const ids = crossCheck(files, { aliases: {}, topics: {}, compatible: [] }, OPTIONS).events.map((g) => g.id);
    expect(ids).toEqual(['2020-03-01-drone-strike-on-a-car', '2020-03-01-drone-strike-on-a-car-2', 'tal-tamr-strike']);
  });

  test('an interval date and an undated group give ids without a slash', () => {
    const files = [
      claimFile({ id: 'a', published: '2020-03-02', events: [{ id: 'e', title: 'Convoys blocked, Derik', date: '2020-01-18/2020-01-22', place: 'Derik' }] }),
      claimFile({ id: 'b', published: '2020-03-02', events: [{ id: 'e', title: 'Dêrik: patrol “stopped”', place: 'Amuda' }] }),
    ];
    const ids = crossCheck(files, { aliases: {}, topics: {}, compatible: [] }, OPTIONS).events.map((g) => g.id);
    expect(ids).toEqual(['2020-01-18--2020-01-22-convoys-blocked-derik', 'derik-patrol-stopped']);
  });
});
