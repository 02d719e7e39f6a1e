import { describe, expect, it } from 'vitest';
import { runEval, type CheckFunction } from '../../src/eval/run-eval.js';
import { generateCorpus } from '../../src/eval/generate.js';
import type { Io } from '../../src/cli/io.js';
import { perfectResult } from './perfect-result.js';

function memoryIo(): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    cwd: '/',
    env: {},
    out: () => out,
    err: () => err,
  };
}

// A stand-in engine that is always right: it rebuilds the corpus from its files' seed and answers from the truth.
function perfectCheck(seed: number, events: number): CheckFunction {
  return () => perfectResult(generateCorpus({ seed, events }));
}

describe('runEval', () => {
  it('prints sizes, times and a table of precision, recall and F1 per measure, and exits 0', async () => {
    const io = memoryIo();
    expect(await runEval(['--seed', '4', '--events', '20'], io, perfectCheck(4, 20))).toBe(0);
    const out = io.out();
    expect(out).toMatch(/^corpus\s+seed\s+events\s+files\s+claims\s+reports\s+generate\s+cross-check$/m);
    expect(out).toMatch(/^seed-4\s+4\s+20\s+\d+/m);
    for (const measure of ['event grouping', 'contradictions', 'agreements', 'date conflicts']) {
      expect(out).toMatch(new RegExp(`^${measure}\\s+seed-4\\s+1\\.000\\s+1\\.000\\s+1\\.000\\s`, 'm'));
    }
    expect(out).toContain('No errors.');
  });

  it('exits 0 with poor scores: it reports, it does not judge', async () => {
    const io = memoryIo();
    const nothing: CheckFunction = () => ({ ...perfectResult(generateCorpus({ seed: 4, events: 20 })), events: [], standing: [] });
    expect(await runEval(['--seed', '4', '--events', '20'], io, nothing)).toBe(0);
    expect(io.out()).toMatch(/^event grouping\s+seed-4\s+0\.000\s+0\.000\s+0\.000\s/m);
    expect(io.out()).toMatch(/warning \(seed-4\): the result lacks \d+ claims/);
  });

  it('evaluates the default and the held-out corpus when no seed is given', async () => {
    const io = memoryIo();
    const seen: number[] = [];
    const check: CheckFunction = (files) => {
      seen.push(files.length);
      return perfectResult(generateCorpus({ seed: seen.length === 1 ? 1 : 20260611, events: 10 }));
    };
    expect(await runEval(['--events', '10'], io, check)).toBe(0);
    expect(seen).toHaveLength(2);
    expect(io.out()).toMatch(/^default\s+1\s+10\s/m);
    expect(io.out()).toMatch(/^held-out\s+20260611\s+10\s/m);
  });

  it('exits 2 with a usage message on bad arguments', async () => {
    for (const argv of [['--seed'], ['--events', '0'], ['--events', 'many'], ['--frobnicate']]) {
      const io = memoryIo();
      expect(await runEval(argv, io, perfectCheck(1, 1))).toBe(2);
      expect(io.err()).toMatch(/^eval: .+\nUsage: npm run eval/);
    }
  });

  it('exits 2 and says what crashed when the cross-check throws', async () => {
    const io = memoryIo();
    const crash: CheckFunction = () => {
      throw new Error('crossCheck: not implemented yet');
    };
    expect(await runEval(['--seed', '2', '--events', '5'], io, crash)).toBe(2);
    expect(io.err()).toContain('eval: the evaluation crashed: crossCheck: not implemented yet');
    expect(io.out()).toBe('');
  });

  it('prints its usage on --help', async () => {
    const io = memoryIo();
    expect(await runEval(['--help'], io, perfectCheck(1, 1))).toBe(0);
    expect(io.out()).toContain('--events N');
  });
});
