import { describe, expect, it } from 'vitest';
import { filterResult } from '../../src/check/filter.js';
import type { CheckResult } from '../../src/check/result.js';
import { sampleResult } from '../fixtures/check/sample-result.js';

const eventIds = (result: CheckResult) => result.events.map((group) => group.id);
const topicNames = (result: CheckResult) => [
  ...result.events.flatMap((group) => group.topics.map((topic) => topic.about)),
  ...result.standing.map((topic) => `standing: ${topic.about}`),
];

const QASR = '2020-01-19-residents-turn-back-a-russian-patrol-near-qasr-al-dib';
const KHIRBET = '2020-02-12-us-patrol-clashes-with-pro-government-fighters-at-a-checkpoint-in-khirbet-amo';

describe('filterResult', () => {
  it('returns the result untouched when no filter is given', () => {
    const result = sampleResult();
    expect(filterResult(result, {})).toBe(result);
  });

  it('--status contested keeps only contested topics and recounts the summary', () => {
    const filtered = filterResult(sampleResult(), { status: 'contested' });
    expect(topicNames(filtered)).toEqual(['date', 'identity of the man killed']);
    expect(eventIds(filtered)).toEqual([QASR, KHIRBET]);
    // The date topic carries reports, not claims: only the two claims on the man's identity remain.
    expect(filtered.summary).toEqual({
      files: 4, sources: 4, claims: 2, events: 2, topics: 2,
      contested: 2, corroborated: 0, singleSource: 0, eventReports: 4,
    });
  });

  it('--status drops events left with no topic, and filters standing topics too', () => {
    const filtered = filterResult(sampleResult(), { status: 'corroborated' });
    expect(eventIds(filtered)).toEqual([KHIRBET]);
    expect(topicNames(filtered)).toEqual(['US patrol came under fire', 'standing: Russian forces expanding in the north-east']);
    expect(filtered.summary).toMatchObject({ claims: 4, events: 1, topics: 2, contested: 0, corroborated: 2, singleSource: 0, eventReports: 2 });
  });

  it('--event matches a place regardless of case and diacritics, on either side', () => {
    expect(eventIds(filterResult(sampleResult(), { event: 'DERIK' }))).toEqual([QASR]);
    expect(eventIds(filterResult(sampleResult(), { event: 'Khirbet Āmo' }))).toEqual([KHIRBET]);
  });

  it("--event matches the group's id and title and any report's title or place", () => {
    expect(eventIds(filterResult(sampleResult(), { event: 'russian-patrol-near' }))).toEqual([QASR]);
    expect(eventIds(filterResult(sampleResult(), { event: 'pro-government fighters' }))).toEqual([KHIRBET]);
    // Only the Kurdistan 24 report calls the place Qesirdib and speaks of a convoy.
    expect(eventIds(filterResult(sampleResult(), { event: 'qesirdib' }))).toEqual([QASR]);
    expect(eventIds(filterResult(sampleResult(), { event: 'russian convoy' }))).toEqual([QASR]);
    expect(eventIds(filterResult(sampleResult(), { event: 'patrol' }))).toEqual([QASR, KHIRBET]);
  });

  it('--event drops standing topics, which belong to no event, and recounts', () => {
    const filtered = filterResult(sampleResult(), { event: 'qasr al-dib' });
    expect(filtered.standing).toEqual([]);
    expect(filtered.summary).toEqual({
      files: 4, sources: 4, claims: 1, events: 1, topics: 2,
      contested: 1, corroborated: 0, singleSource: 1, eventReports: 2,
    });
  });

  it('applies --event and --status together', () => {
    const filtered = filterResult(sampleResult(), { event: 'khirbet', status: 'single-source' });
    expect(topicNames(filtered)).toEqual(['number killed']);
    expect(filtered.summary).toMatchObject({ claims: 2, events: 1, topics: 1, singleSource: 1 });
  });

  it('leaves nothing, with zero counts, when nothing matches', () => {
    const filtered = filterResult(sampleResult(), { event: 'Aleppo' });
    expect(filtered.events).toEqual([]);
    expect(filtered.summary).toMatchObject({ claims: 0, events: 0, topics: 0, contested: 0, corroborated: 0, singleSource: 0, eventReports: 0 });
  });

  it('keeps the order of what remains and does not change its input', () => {
    const result = sampleResult();
    const filtered = filterResult(result, { status: 'single-source' });
    expect(topicNames(filtered)).toEqual(['joint patrols', 'number killed', 'standing: US troops protecting oil fields']);
    expect(filtered.sources).toEqual(result.sources);
    expect(result).toEqual(sampleResult());
  });
});
