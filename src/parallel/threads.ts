import { availableParallelism } from 'node:os';

/**
 * Below this many files a corpus is linted on the main thread alone. A worker costs 0.3 s of CPU to start
 * (loading the parser, the validator and the rules) and up to 1.2 s more while its code warms up, so on
 * an idle 2-core machine it pays from about 400 files, on a busy one not at all (README, Performance).
 */
export const PARALLEL_MIN_FILES = 1000;

/**
 * How many worker threads to lint `files` files with, besides the main thread (which lints a share
 * too): `requested` when given (never more than there are files), else none for a small corpus or a
 * single core, and one per core but the main thread's otherwise.
 */
export function workerCount(files: number, requested?: number, cores: number = availableParallelism()): number {
  if (requested !== undefined) return Math.max(0, Math.min(Math.floor(requested), files));
  if (files < PARALLEL_MIN_FILES || cores < 2) return 0;
  return cores - 1;
}

/** Files per batch: small enough that threads finish together, large enough that messages stay few. */
export function batchSize(files: number, workers: number): number {
  return Math.min(32, Math.max(4, Math.ceil(files / ((workers + 1) * 8))));
}
