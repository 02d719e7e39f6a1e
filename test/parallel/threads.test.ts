import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { estimateCorpusBytes } from '../../src/read/corpus-size.js';
import { UsageError } from '../../src/cli/io.js';
import { batchSize, PARALLEL_MIN_BYTES, threadsFromEnv, workerCount } from '../../src/parallel/threads.js';

const MB = 1024 * 1024;

describe('workerCount', () => {
  it('keeps a corpus under PARALLEL_MIN_BYTES on the main thread, however many files it has', () => {
    expect(workerCount({ files: 5, bytes: 20_000 }, undefined, 8)).toBe(0);
    expect(workerCount({ files: 21_844, bytes: 31 * MB }, undefined, 8)).toBe(0);
    expect(workerCount({ files: 50_000, bytes: PARALLEL_MIN_BYTES - 1 }, undefined, 8)).toBe(0);
  });

  it('gives a large corpus one worker per core but the main thread, which lints a share itself', () => {
    expect(workerCount({ files: 45_000, bytes: PARALLEL_MIN_BYTES }, undefined, 2)).toBe(1);
    expect(workerCount({ files: 60_000, bytes: 90 * MB }, undefined, 8)).toBe(7);
  });

  it('never starts workers on a single core', () => {
    expect(workerCount({ files: 100_000, bytes: 400 * MB }, undefined, 1)).toBe(0);
  });

  it('follows an explicit request, but starts no more workers than there are files', () => {
    expect(workerCount({ files: 10, bytes: 0 }, 2, 1)).toBe(2);
    expect(workerCount({ files: 1, bytes: 0 }, 4, 8)).toBe(1);
    expect(workerCount({ files: 100_000, bytes: 400 * MB }, 0, 8)).toBe(0);
  });
});

describe('threadsFromEnv', () => {
  it('reads CLAIMCHECK_THREADS as the number of workers to start; unset or empty leaves it to the corpus size', () => {
    expect(threadsFromEnv({})).toBeUndefined();
    expect(threadsFromEnv({ CLAIMCHECK_THREADS: '' })).toBeUndefined();
    expect(threadsFromEnv({ CLAIMCHECK_THREADS: '0' })).toBe(0);
    expect(threadsFromEnv({ CLAIMCHECK_THREADS: ' 3 ' })).toBe(3);
  });

  it('refuses anything but a whole number up to 256, saying what it found and how to write it', () => {
    for (const text of ['-1', '1.5', 'two', '1e3', '257', '0x2']) {
      expect(() => threadsFromEnv({ CLAIMCHECK_THREADS: text })).toThrow(UsageError);
    }
    expect(() => threadsFromEnv({ CLAIMCHECK_THREADS: 'two' })).toThrow(/CLAIMCHECK_THREADS must be a whole number .* for example CLAIMCHECK_THREADS=1; found "two"/);
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

describe('estimateCorpusBytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimcheck-size-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = (sizes: number[]) =>
    sizes.map((size, i) => {
      const path = join(dir, `f${String(i).padStart(4, '0')}.yaml`);
      writeFileSync(path, 'x'.repeat(size));
      return { path, display: `f${i}.yaml` };
    });

  it('adds up a small corpus exactly, and counts a file it cannot read as empty', () => {
    expect(estimateCorpusBytes([])).toBe(0);
    expect(estimateCorpusBytes(files([100, 250, 4000]))).toBe(4350);
    expect(estimateCorpusBytes([...files([300]), { path: join(dir, 'gone.yaml'), display: 'gone.yaml' }])).toBe(300);
  });

  it('estimates a large corpus from a sample spread over it', () => {
    const many = files(Array.from({ length: 1000 }, (_, i) => 1000 + (i % 10) * 200));
    expect(estimateCorpusBytes(many)).toBeGreaterThan(0.95 * 1_900_000);
    expect(estimateCorpusBytes(many)).toBeLessThan(1.05 * 1_900_000);
  });
});
