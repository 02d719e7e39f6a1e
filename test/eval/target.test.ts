// The accuracy target of the cross-check: at least 0.95 pairwise precision, recall and F1 on every
// measure of the default synthetic corpus. `npm run eval` prints the figures and the kinds of error.
import { describe, expect, it } from 'vitest';
import { crossCheck, DEFAULT_CROSS_CHECK_OPTIONS } from '../../src/check/cross-check.js';
import { generateCorpus } from '../../src/eval/generate.js';
import { DEFAULT_EVENTS } from '../../src/eval/run-eval.js';
import { scoreCheck } from '../../src/eval/score.js';

const TARGET = 0.95;

describe('cross-check accuracy on the default synthetic corpus (seed 1)', () => {
  const corpus = generateCorpus({ seed: 1, events: DEFAULT_EVENTS });
  const scores = scoreCheck(crossCheck(corpus.files, corpus.config, DEFAULT_CROSS_CHECK_OPTIONS), corpus.truth);

  it('loses no claim and no report', () => {
    expect(scores.coverage).toEqual({ claimsMissing: 0, claimsUnknown: 0, reportsMissing: 0, reportsUnknown: 0 });
  });

  for (const measure of ['grouping', 'contradictions', 'agreements', 'dateConflicts'] as const) {
    it(`scores at least ${TARGET} on ${measure}`, () => {
      const { precision, recall, f1 } = scores[measure];
      const figures = { precision: Number(precision.toFixed(3)), recall: Number(recall.toFixed(3)), f1: Number(f1.toFixed(3)) };
      expect(figures, measure).toEqual({
        precision: precision >= TARGET ? figures.precision : `≥ ${TARGET}`,
        recall: recall >= TARGET ? figures.recall : `≥ ${TARGET}`,
        f1: f1 >= TARGET ? figures.f1 : `≥ ${TARGET}`,
      });
    });
  }
});
