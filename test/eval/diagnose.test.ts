import { describe, expect, it } from 'vitest';
import { diagnoseCheck, type Diagnosis } from '../../src/eval/diagnose.js';
import { scoreCheck, type Scores } from '../../src/eval/score.js';
import { generateCorpus } from '../../src/eval/generate.js';
import type { CheckResult } from '../../src/check/result.js';
import { mergedResult, truth } from './hand-made.js';
import { perfectResult } from './perfect-result.js';

const MEASURES = ['grouping', 'contradictions', 'agreements', 'dateConflicts'] as const;

// Every wrong pair and every missed pair is sorted into exactly one kind of error.
function expectAccounted(scores: Scores, diagnosis: Diagnosis): void {
  for (const measure of MEASURES) {
    const s = scores[measure];
    const sum = (list: { pairs: number }[]) => list.reduce((total, kind) => total + kind.pairs, 0);
    expect(sum(diagnosis[measure].wrong), `${measure} wrong`).toBe(s.predicted - s.correct);
    expect(sum(diagnosis[measure].missed), `${measure} missed`).toBe(s.expected - s.correct);
  }
}

describe('diagnoseCheck', () => {
  it('names what went wrong when two events at one place a week apart are merged', () => {
    const diagnosis = diagnoseCheck(mergedResult(), truth);
    expectAccounted(scoreCheck(mergedResult(), truth), diagnosis);
    expect(diagnosis.grouping.wrong).toEqual([{ label: 'same place, 7 days apart', pairs: 6, example: expect.any(String) }]);
    expect(diagnosis.contradictions.wrong.map((k) => k.label)).toEqual(['topics merged: killed / killed']);
    expect(diagnosis.dateConflicts.wrong).toMatchObject([{ label: 'reports of different events', pairs: 6 }]);
  });

  it('accounts for every wrong and missed pair of a generated corpus with errors of every kind', () => {
    const corpus = generateCorpus({ seed: 3, events: 80 });
    const result: CheckResult = perfectResult(corpus);
    // Merge every distractor with the event it resembles.
    const index = new Map(corpus.truth.events.map((e, i) => [e.id, i]));
    for (const event of corpus.truth.events) {
      if (!event.distractor) continue;
      const into = result.events[index.get(event.distractor.of)!];
      const from = result.events[index.get(event.id)!];
      into.reports.push(...from.reports.splice(0));
      into.topics.push(...from.topics.splice(0));
    }
    // Split the first answer of each topic in two, and count every reprint under a variant name as its own origin.
    for (const topic of [...result.events.flatMap((g) => g.topics), ...result.standing]) {
      const first = topic.positions[0];
      if (first.claims && first.claims.length > 1) topic.positions.push({ ...first, claims: first.claims.splice(0, 1) });
      if (first.reports && first.reports.length > 1) topic.positions.push({ ...first, reports: first.reports.splice(0, 1) });
      for (const claim of topic.positions.flatMap((p) => p.claims ?? [])) claim.origin = claim.by;
    }
    const scores = scoreCheck(result, corpus.truth);
    const diagnosis = diagnoseCheck(result, corpus.truth);
    expectAccounted(scores, diagnosis);
    const labels = (measure: (typeof MEASURES)[number], side: 'wrong' | 'missed') => diagnosis[measure][side].map((k) => k.label);
    expect(labels('grouping', 'wrong').some((l) => l.startsWith('same place'))).toBe(true);
    expect(labels('grouping', 'wrong')).toContain('similar-sounding village');
    expect(labels('contradictions', 'wrong').some((l) => l.startsWith('one answer split'))).toBe(true);
    expect(labels('agreements', 'wrong').some((l) => l.startsWith('one origin counted twice'))).toBe(true);
    expect(labels('agreements', 'missed').some((l) => l.startsWith('one answer split'))).toBe(true);
  });
});
