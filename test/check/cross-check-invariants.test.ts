import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { crossCheck } from '../../src/check/cross-check.js';
import type { CheckResult, Position, Topic } from '../../src/check/result.js';
import type { ClaimFile } from '../../src/model/claim-file.js';
import { emptyConfig, type CorpusConfig } from '../../src/config/config.js';
import { isDateProblem, parseClaimDate } from '../../src/model/claim-date.js';
import { loadCorpus } from '../fixtures/engine/load-corpus.js';
import { syntheticCorpus } from '../fixtures/engine/synthetic.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/engine/${name}`, import.meta.url));
const OPTIONS = { dateToleranceDays: 1, explain: false };
const STATUS_RANK = { contested: 0, corroborated: 1, 'single-source': 2 };

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedBy<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  return items.every((item, i) => i === 0 || compare(items[i - 1], item) <= 0);
}

function byName(a: string, b: string): number {
  return cmp(a.toLowerCase(), b.toLowerCase()) || cmp(a, b);
}

// Each check adds a line to `problems` when it fails, so that large corpora are checked quickly.
function checkTopic(topic: Topic, problems: string[]): void {
  const fail = (what: string) => problems.push(`${topic.about}: ${what}`);
  if (topic.positions.length === 0) fail('no positions');
  if (topic.multi && topic.status === 'contested') fail('multi topic contested');
  const expected = topic.multi
    ? topic.positions.some((p) => p.origins >= 2)
      ? 'corroborated'
      : 'single-source'
    : topic.positions.length >= 2
      ? 'contested'
      : topic.positions[0].origins >= 2
        ? 'corroborated'
        : 'single-source';
  if (topic.status !== expected) fail(`status ${topic.status}, expected ${expected}`);
  const size = (p: Position) => p.claims?.length ?? p.reports?.length ?? 0;
  if (!sortedBy(topic.positions, (a, b) => b.origins - a.origins || size(b) - size(a) || byName(String(a.says), String(b.says)))) {
    fail('positions out of order');
  }
  for (const position of topic.positions) {
    if (topic.dateTopic) {
      if (position.claims !== undefined) fail('date position with claims');
      if (!sortedBy(position.reports ?? [], (a, b) => cmp(a.source, b.source) || cmp(a.event, b.event))) fail('reports out of order');
      continue;
    }
    const claims = position.claims ?? [];
    if (claims.length === 0) fail('empty position');
    if (!sortedBy(claims, (a, b) => cmp(a.source, b.source) || cmp(a.claim, b.claim))) fail('claims out of order');
    // A position's `says` is its first claim's answer; origins never exceed the distinct origins named.
    if (position.says !== claims[0]?.says) fail('says is not the first claim\'s answer');
    if (position.origins > new Set(claims.map((c) => c.origin)).size) fail('more origins than named');
    if (position.hedged !== claims.every((c) => c.hedged)) fail('hedged wrong');
  }
}

/** Checks the contract's invariants (§3.1) of a result against the files it came from. */
function checkInvariants(files: readonly ClaimFile[], result: CheckResult): void {
  const problems: string[] = [];
  const claimIds = files.flatMap((f) => f.claims.map((c) => `${f.source.id}/${c.id}`)).sort();
  const reportIds = files.flatMap((f) => f.events.map((e) => `${f.source.id}/${e.id}`)).sort();
  const eventOf = new Map(files.flatMap((f) => f.claims.map((c) => [`${f.source.id}/${c.id}`, `${f.source.id}/${c.event}`])));
  const allTopics = [...result.events.flatMap((g) => g.topics), ...result.standing];
  const placedClaims = allTopics.flatMap((t) => t.positions.flatMap((p) => (p.claims ?? []).map((c) => `${c.source}/${c.claim}`)));
  const placedReports = result.events.flatMap((g) => g.reports.map((r) => `${r.source}/${r.event}`));

  // Every claim once, every report once.
  expect(placedClaims.sort()).toEqual(claimIds);
  expect(placedReports.sort()).toEqual(reportIds);

  // Ids unique; events by date then id; reports and topics ordered.
  expect(new Set(result.events.map((g) => g.id)).size).toBe(result.events.length);
  const range = (date?: string) => {
    if (date === undefined) return [Infinity, Infinity];
    const parsed = parseClaimDate(date);
    if (isDateProblem(parsed)) throw new Error(`bad group date ${date}`);
    return [parsed.start, parsed.end];
  };
  const inOrder = sortedBy(result.events, (a, b) => {
    const [sa, ea] = range(a.date);
    const [sb, eb] = range(b.date);
    return (sa === sb ? 0 : sa < sb ? -1 : 1) || (ea === eb ? 0 : ea < eb ? -1 : 1) || cmp(a.id, b.id);
  });
  if (!inOrder) problems.push('events out of order');
  for (const group of result.events) {
    if (!sortedBy(group.reports, (a, b) => cmp(a.source, b.source) || cmp(a.event, b.event))) problems.push(`${group.id}: reports out of order`);
    if (!sortedBy(group.topics, (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || byName(a.about, b.about))) {
      problems.push(`${group.id}: topics out of order`);
    }
    if (group.topics.filter((t) => t.dateTopic).length > 1) problems.push(`${group.id}: two date topics`);
    // A claim of a group is on one of the group's events; a date topic lists only the group's reports.
    const reports = new Set(group.reports.map((r) => `${r.source}/${r.event}`));
    for (const topic of group.topics) {
      for (const p of topic.positions) {
        for (const c of p.claims ?? []) if (!reports.has(eventOf.get(`${c.source}/${c.claim}`) ?? '')) problems.push(`${c.claim} in the wrong group`);
        for (const r of p.reports ?? []) if (!reports.has(`${r.source}/${r.event}`)) problems.push(`${r.event} dated in the wrong group`);
      }
      checkTopic(topic, problems);
    }
  }
  if (!sortedBy(result.standing, (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || byName(a.about, b.about))) {
    problems.push('standing topics out of order');
  }
  for (const topic of result.standing) checkTopic(topic, problems);
  expect(problems).toEqual([]);

  // Summary counts.
  const count = (status: Topic['status']) => allTopics.filter((t) => t.status === status).length;
  expect(result.summary).toEqual({
    files: files.length,
    sources: new Set(files.map((f) => f.source.id)).size,
    claims: claimIds.length,
    events: result.events.length,
    topics: allTopics.length,
    contested: count('contested'),
    corroborated: count('corroborated'),
    singleSource: count('single-source'),
    eventReports: reportIds.length,
  });
}

const CORPORA: [string, () => { files: ClaimFile[]; config: CorpusConfig }][] = [
  ['khirbet-amo', () => loadCorpus(fixture('khirbet-amo'))],
  ['north-east', () => loadCorpus(fixture('north-east'))],
  ['tal-tamr', () => loadCorpus(fixture('tal-tamr'))],
  ['synthetic, seed 1', () => ({ files: syntheticCorpus(1, 400), config: emptyConfig() })],
  ['synthetic, seed 2 with a multi topic', () => ({ files: syntheticCorpus(2, 400), config: { ...emptyConfig(), topics: { 'who fired first': { multi: true } } } })],
];

describe.each(CORPORA)('cross-check invariants: %s', (_name, load) => {
  const { files, config } = load();
  const result = crossCheck(files, config, OPTIONS);

  test('every claim and every report appears exactly once, in the contract order', () => {
    checkInvariants(files, result);
  });

  test('the same input gives the same bytes, whatever order the files come in', () => {
    const again = JSON.stringify(crossCheck([...files].reverse(), config, OPTIONS));
    expect(again).toBe(JSON.stringify(result));
  });
});

describe('cross-check at scale', () => {
  test('keeps its invariants on a corpus of some 30,000 claims', () => {
    const files = syntheticCorpus(3, 2000);
    const result = crossCheck(files, emptyConfig(), OPTIONS);
    checkInvariants(files, result);
    // Most true events are reported more than once; grouping must not leave every report alone.
    expect(result.summary.events).toBeLessThan(result.summary.eventReports * 0.6);
  });
});
