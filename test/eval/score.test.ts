import { describe, expect, it } from 'vitest';
import { scoreCheck } from '../../src/eval/score.js';
import type { Truth } from '../../src/eval/truth.js';
import { checkResult, claimRef, dateTopic, group, reportRef, topic } from './check-result-builders.js';
import { c, mergedResult, perfectResult, r, truth } from './hand-made.js';

describe('scoreCheck', () => {
  it('scores a result that matches the truth 1.0 on every measure, with nothing missing', () => {
    const scores = scoreCheck(perfectResult(), truth);
    for (const measure of [scores.grouping, scores.contradictions, scores.agreements, scores.dateConflicts]) {
      expect(measure).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    }
    // Counted by hand: 3 + 1 report pairs; 3 + 1 contradicting pairs; k1–k2 and k2–k4 agree (k1–k4 is one origin).
    expect(scores.grouping).toMatchObject({ expected: 4, predicted: 4, correct: 4 });
    expect(scores.contradictions).toMatchObject({ expected: 4, predicted: 4, correct: 4 });
    expect(scores.agreements).toMatchObject({ expected: 2, predicted: 2, correct: 2 });
    expect(scores.dateConflicts).toMatchObject({ expected: 2, predicted: 2, correct: 2 });
    expect(scores.coverage).toEqual({ claimsMissing: 0, claimsUnknown: 0, reportsMissing: 0, reportsUnknown: 0 });
  });

  it('drops precision exactly as counted by hand when two events are merged into one group', () => {
    const scores = scoreCheck(mergedResult(), truth);
    // 10 pairs among 5 reports, of which the 3 + 1 true ones are right.
    expect(scores.grouping).toMatchObject({ expected: 4, predicted: 10, correct: 4, precision: 0.4, recall: 1 });
    expect(scores.grouping.f1).toBeCloseTo((2 * 0.4) / 1.4, 12);
    // 6 claims in positions of 3, 1, 1, 1: 15 − 3 = 12 pairs said to contradict, 4 of them truly do.
    expect(scores.contradictions).toMatchObject({ predicted: 12, correct: 4, recall: 1 });
    expect(scores.contradictions.precision).toBeCloseTo(1 / 3, 12);
    // Three dates: s1, s2 against s3, s4, s5, and s3 against s4, s5 — 8 pairs, 2 of them true.
    expect(scores.dateConflicts).toMatchObject({ predicted: 8, correct: 2, precision: 0.25, recall: 1 });
    expect(scores.agreements).toMatchObject({ precision: 1, recall: 1 });
  });

  it('counts a reprint given a separate origin as a wrong agreement', () => {
    const result = perfectResult();
    const reprint = { ...c.k4, origin: 'Syrian Observatory for Human Rights', by: 'Syrian Observatory for Human Rights' };
    result.events[0].topics[1] = topic('number killed', [[c.k1, c.k2, reprint], [c.k3]]);
    const scores = scoreCheck(result, truth);
    expect(scores.agreements).toMatchObject({ expected: 2, predicted: 3, correct: 2 });
    expect(scores.agreements.precision).toBeCloseTo(2 / 3, 12);
  });

  it('loses recall when a topic is split and positions merged, and never counts a multi topic as contradicting', () => {
    const result = checkResult([
      group('e1', [r.s1, r.s2, r.s3], [
        dateTopic([[r.s1, r.s2], [r.s3]]),
        topic('number killed', [[c.k1, c.k2]]),
        topic('death toll', [[c.k3, c.k4]]),
        topic('actors present', [[c.a1, c.a2]], true),
      ]),
      group('e2', [r.s4, r.s5], [topic('number killed', [[c.k5, c.k6]])]),
    ]);
    const scores = scoreCheck(result, truth);
    expect(scores.contradictions).toMatchObject({ expected: 4, predicted: 0, correct: 0, precision: 0, recall: 0, f1: 0 });
    // k1–k2 is right; k3–k4 (1 against 3) and a1–a2 (different forces) are wrong.
    expect(scores.agreements).toMatchObject({ expected: 2, predicted: 4, correct: 1 });
  });

  it('scores 1.0 where nothing was expected and nothing predicted, and 0 where something was missed', () => {
    const calm: Truth = { ...truth, dateConflicts: [] };
    const noDates = perfectResult();
    noDates.events[0].topics.shift();
    expect(scoreCheck(noDates, calm).dateConflicts).toMatchObject({ expected: 0, predicted: 0, precision: 1, recall: 1, f1: 1 });
    expect(scoreCheck(noDates, truth).dateConflicts).toMatchObject({ expected: 2, predicted: 0, precision: 0, recall: 0, f1: 0 });
    expect(scoreCheck(perfectResult(), calm).dateConflicts).toMatchObject({ expected: 0, predicted: 2, precision: 0, recall: 0 });
  });

  it('reports claims and reports the result lacks or the truth does not know', () => {
    const result = perfectResult();
    result.events[1].topics = [topic('number killed', [[c.k5], [claimRef('s9', 'zz', 'X')]])];
    result.events[1].reports = [r.s4, reportRef('s9', 'q')];
    const scores = scoreCheck(result, truth);
    expect(scores.coverage).toEqual({ claimsMissing: 1, claimsUnknown: 1, reportsMissing: 1, reportsUnknown: 1 });
  });
});
