import { availableParallelism } from 'node:os';

/**
 * Below this many files a corpus is linted on the main thread alone: starting a worker (loading the
 * parser, the validator and the rules, then warming them up) costs more than it saves.
 */
export const PARALLEL_MIN_FILES = 400;

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
