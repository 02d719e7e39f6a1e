import { describe, expect, it } from 'vitest';
import { batchSize, PARALLEL_MIN_FILES, workerCount } from '../../src/parallel/threads.js';

describe('workerCount', () => {
  it('keeps a small corpus, such as the bundled five articles, on the main thread', () => {
    expect(workerCount(5, undefined, 8)).toBe(0);
    expect(workerCount(PARALLEL_MIN_FILES - 1, undefined, 8)).toBe(0);
  });

  it('gives a large corpus one worker per core but the main thread, which lints a share itself', () => {
    expect(workerCount(PARALLEL_MIN_FILES, undefined, 2)).toBe(1);
    expect(workerCount(100_000, undefined, 8)).toBe(7);
  });

  it('never starts workers on a single core', () => {
    expect(workerCount(100_000, undefined, 1)).toBe(0);
  });

  it('follows an explicit request, but starts no more workers than there are files', () => {
    expect(workerCount(10, 2, 1)).toBe(2);
    expect(workerCount(1, 4, 8)).toBe(1);
    expect(workerCount(100_000, 0, 8)).toBe(0);
  });
});

describe('batchSize', () => {
  it('cuts a corpus into several batches per thread, between 4 and 32 files each', () => {
    expect(batchSize(10, 1)).toBe(4);
    expect(batchSize(1000, 1)).toBe(32);
    expect(batchSize(400, 1)).toBe(25);
    expect(batchSize(100_000, 7)).toBe(32);
  });
});
