import { availableParallelism } from 'node:os';
import { UsageError } from '../cli/io.js';

/**
 * Below this many bytes of claim files a corpus is linted on the main thread alone. A worker costs some
 * 0.4 s of CPU to start and 35–50% more CPU in all (every result it sends is copied, then kept and
 * collected on the main thread). On a shared 2-core machine (load 2–5) it cut no wall time even at
 * 100,000 claims (31 MB: 2.5 s either way, 3.0 against 4.6 s of CPU) and made 30,000 slower; so workers
 * start only for a corpus twice that size, where a free core can save seconds.
 */
export const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;

/** How much there is to lint. */
export interface CorpusSize {
  files: number;
  /** All the files' bytes, or an estimate of them. */
  bytes: number;
}

/**
 * How many worker threads to lint a corpus with, besides the main thread (which lints a share too):
 * `requested` when given (never more than there are files), else none for a corpus under
 * `PARALLEL_MIN_BYTES` or on a single core, and one per core but the main thread's otherwise.
 */
export function workerCount(corpus: CorpusSize, requested?: number, cores: number = availableParallelism()): number {
  if (requested !== undefined) return Math.max(0, Math.min(Math.floor(requested), corpus.files));
  if (corpus.bytes < PARALLEL_MIN_BYTES || cores < 2) return 0;
  return cores - 1;
}

/** The environment variable that sets how many worker threads lint starts, whatever the corpus's size. */
export const THREADS_VARIABLE = 'CLAIMCHECK_THREADS';
const MAX_REQUESTED = 256;

/**
 * The worker threads `CLAIMCHECK_THREADS` asks for (0: none), or `undefined` when it is unset or empty
 * and the corpus's size decides. Anything but a whole number up to 256 is a `UsageError`.
 */
export function threadsFromEnv(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const text = env[THREADS_VARIABLE]?.trim();
  if (text === undefined || text === '') return undefined;
  const count = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(count <= MAX_REQUESTED)) {
    throw new UsageError(`${THREADS_VARIABLE} must be a whole number of worker threads from 0 (none) to ${MAX_REQUESTED}, for example ${THREADS_VARIABLE}=1; found "${env[THREADS_VARIABLE]}".`);
  }
  return count;
}

/** Files per batch: small enough that threads finish together, large enough that messages stay few. */
export function batchSize(files: number, workers: number): number {
  return Math.min(32, Math.max(4, Math.ceil(files / ((workers + 1) * 8))));
}
