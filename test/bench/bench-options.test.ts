import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from '../../src/bench/bench-options.js';

describe('parseBenchOptions', () => {
  it('measures 1k, 10k and 100k claims three times, and the worst case at 1k and 10k, by default', () => {
    expect(parseBenchOptions([])).toEqual({ sizes: [1000, 10000, 100000], worst: [1000, 10000], runs: 3, startupRuns: 20, timeoutMs: 600_000, dir: undefined, keep: false });
  });

  it('takes sizes, runs, a directory to keep the corpora in, and none for no worst case', () => {
    const options = parseBenchOptions(['--sizes', '500,2000', '--worst', 'none', '--runs', '5', '--dir', '/tmp/b', '--keep', '--timeout', '60']);
    expect(options).toMatchObject({ sizes: [500, 2000], worst: [], runs: 5, dir: '/tmp/b', keep: true, timeoutMs: 60_000 });
  });

  it('says what is wrong with a bad value, with an example', () => {
    expect(() => parseBenchOptions(['--sizes', '10k'])).toThrow('--sizes takes whole numbers of claims separated by commas, for example --sizes 1000,10000; got "10k"');
    expect(() => parseBenchOptions(['--runs', '0'])).toThrow('--runs takes a whole number of 1 or more');
    expect(() => parseBenchOptions(['--sizes', ''])).toThrow('--sizes takes whole numbers');
    expect(() => parseBenchOptions(['--fast'])).toThrow();
  });
});
