import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintCorpus } from '../../src/validate/lint-corpus.js';
import { crossCheck } from '../../src/check/cross-check.js';
import type { CheckResult, EventGroup, Topic } from '../../src/check/result.js';

// The bundled corpus of five real articles: what a careful reader finds in them, and nothing more.
const root = path.resolve(__dirname, '../..');
let result: CheckResult;
let lintProblems: unknown[];

const shortSource = (source: string): string => source.split('-2020')[0];
const reportsOf = (group: EventGroup): string[] => group.reports.map((r) => `${shortSource(r.source)}:${r.event}`).sort();
const contested = (topics: Topic[]): Topic[] => topics.filter((t) => t.status === 'contested');
const answers = (topic: Topic): unknown[] => topic.positions.map((p) => p.says);

beforeAll(async () => {
  const lint = await lintCorpus(['data'], { cwd: root });
  lintProblems = lint.diagnostics;
  result = crossCheck(lint.claimFiles, lint.config, { dateToleranceDays: lint.config.dateTolerance ?? 1, explain: false });
});

describe('the seed corpus', () => {
  it('lints clean, every quote verified against its article', () => {
    expect(lintProblems).toEqual([]);
    expect(result.summary.files).toBe(5);
  });

  it('groups exactly the reports that are one event across articles', () => {
    const shared = result.events.filter((g) => g.reports.length > 1).map(reportsOf);
    expect(shared).toEqual([
      // The January block north of Rmelan: Rudaw's dating, North Press Agency's, and SouthFront's.
      ['rudaw:semalka-convoy-stopped', 'rudaw:semalka-convoy-stopped-npa-dating', 'southfront:rmp-patrol-blocked-jan-22'],
      // June 2020: the base at Qasir al-Dib / Qesirdib, and the encounters at al-Malikiyah / Derik.
      ['diyaruna:qasir-al-dib-base', 'the-moscow-times:qesirdib-base'],
      ['diyaruna:malikiyah-encounters', 'the-moscow-times:derik-encounters'],
    ]);
    expect(result.summary.eventReports).toBe(13);
    expect(result.events).toHaveLength(9);
  });

  it('reports the date conflict on the convoy stopped near Semalka', () => {
    const semalka = result.events.find((g) => g.id === 'semalka-russian-patrol-blocked-2020-01')!;
    const dates = contested(semalka.topics).filter((t) => t.dateTopic);
    expect(dates).toHaveLength(1);
    expect(answers(dates[0]).sort()).toEqual(['2020-01-20', '2020-01-21', '2020-01-22']);
  });

  it('finds civilian (SANA) against NDF fighter (North-eastern Syria Network) at Khirbet Amo', () => {
    const khirbetAmo = result.events.find((g) => g.reports.some((r) => r.event === 'khirbet-amo-clash'))!;
    const [identity] = contested(khirbetAmo.topics);
    expect(identity.about).toBe('identity of the man killed');
    const byAnswer = Object.fromEntries(identity.positions.map((p) => [p.says, p.claims!.map((c) => c.by)]));
    expect(byAnswer).toEqual({ civilian: ['SANA'], 'NDF fighter': ['North-eastern Syria Network'] });
  });

  it('finds the standing contradictions: joint patrols, frequency of stand-offs, who the Russians were', () => {
    const standing = contested(result.standing);
    expect(standing.map((t) => t.about).sort()).toEqual([
      'frequency of US-Russian standoffs',
      'joint US-Russian patrols',
      'who the Russian personnel were',
    ]);
    const patrols = standing.find((t) => t.about === 'joint US-Russian patrols')!;
    // Denied by the coalition spokesman and by Ammar Saleh: two independent origins against one.
    expect(patrols.positions.map((p) => [p.says, p.origins])).toEqual([
      [false, 2],
      [true, 1],
    ]);
    const frequency = standing.find((t) => t.about === 'frequency of US-Russian standoffs')!;
    expect(answers(frequency).sort()).toEqual(['almost daily', 'not daily occurrences']);
    const personnel = standing.find((t) => t.about === 'who the Russian personnel were')!;
    expect(answers(personnel).sort()).toEqual(['Russian Military Police', 'Russian military contractors']);
  });

  it('calls nothing else contested', () => {
    const everyContested = [...result.events.flatMap((g) => contested(g.topics)), ...contested(result.standing)];
    expect(everyContested).toHaveLength(5);
    expect(result.summary.contested).toBe(5);
  });

  it('corroborates US forces guarding the oil fields across independent origins', () => {
    const oil = result.standing.find((t) => t.about === 'US forces guarding the oil fields')!;
    expect(oil.status).toBe('corroborated');
    expect(oil.positions).toHaveLength(1);
    expect(oil.positions[0].origins).toBeGreaterThanOrEqual(3);
    // Rudaw and Enab Baladi both quote the US government: one origin, however many articles repeat it.
    const origins = oil.positions[0].claims!.map((c) => c.origin);
    expect(new Set(origins).size).toBe(oil.positions[0].origins);
  });

  it('places every claim once and every event report once', () => {
    const claims = [...result.events.flatMap((g) => g.topics), ...result.standing]
      .filter((t) => !t.dateTopic)
      .flatMap((t) => t.positions.flatMap((p) => p.claims!.map((c) => `${c.source}#${c.claim}`)));
    expect(claims).toHaveLength(result.summary.claims);
    expect(new Set(claims).size).toBe(claims.length);
    const reports = result.events.flatMap((g) => g.reports.map((r) => `${r.source}#${r.event}`));
    expect(new Set(reports).size).toBe(13);
  });
});
