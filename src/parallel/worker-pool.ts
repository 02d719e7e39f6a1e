import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DiscoveredFile } from '../read/discover-files.js';
import type { FileOutcome } from '../validate/lint-file.js';
import { rules } from '../validate/rules/index.js';
import { jobContext, lintBatch, type LintJob } from './lint-batch.js';
import { batchSize } from './threads.js';

/** A batch of files for a worker to read and lint. */
export interface BatchRequest {
  batch: number;
  files: DiscoveredFile[];
}

/** A worker's answer: the outcomes of the batch's files, in order, or the error that stopped it. */
export type BatchReply = { batch: number; outcomes: FileOutcome[] } | { batch: number; error: { message: string; stack?: string } };

/** How to lint in parallel. */
export interface ParallelOptions {
  /** Worker threads to start, besides the main thread. */
  workers: number;
  /** Called after each batch: files done so far, of how many. */
  onProgress?: (done: number, total: number) => void;
}

// Workers run compiled JavaScript: beside this module in dist/, absent when the TypeScript sources run (tests).
const WORKER_URL = new URL('./lint-worker.js', import.meta.url);

/** True when the compiled worker script is present, so worker threads can be started. */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

function remoteError(error: { message: string; stack?: string }): Error {
  const rebuilt = new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

// Workers inherit the process's Node.js options, but `--input-type` (of `node -e`) stops one loading a file.
const workerExecArgv = () => (process.execArgv.some((option) => option.startsWith('--input-type')) ? [] : undefined);

/**
 * Reads and lints `files` across worker threads, the main thread taking batches too; outcomes come back
 * in the order of `files`, exactly as `lintBatch` on one thread gives them. The main thread never waits
 * for a worker: once no batch is left to hand out, it lints the batches workers still hold itself, and the
 * first answer for a batch is kept (the same whichever thread gives it), so a worker slow to start or
 * starved of a core costs no time. A worker that throws, fails to start or stops before the end rejects
 * the whole run with its error (never a hang); every worker is stopped at the end.
 */
export async function lintInParallel(files: readonly DiscoveredFile[], job: LintJob, options: ParallelOptions): Promise<FileOutcome[]> {
  const size = batchSize(files.length, options.workers);
  const batches = Math.ceil(files.length / size);
  const filesOf = (batch: number) => files.slice(batch * size, (batch + 1) * size);
  const outcomes: FileOutcome[] = new Array(files.length);
  const answered = new Uint8Array(batches);
  // Batches sent to each worker and not answered yet, in the order sent.
  const held = new Map<Worker, number[]>();
  let next = 0;
  let done = 0;
  let failure: Error | undefined;

  const store = (batch: number, found: readonly FileOutcome[]) => {
    if (answered[batch]) return;
    answered[batch] = 1;
    found.forEach((outcome, i) => (outcomes[batch * size + i] = outcome));
    done += found.length;
    options.onProgress?.(done, files.length);
  };
  const send = (worker: Worker) => {
    if (next >= batches || failure) return;
    const request: BatchRequest = { batch: next, files: filesOf(next) };
    held.get(worker)!.push(next);
    next += 1;
    worker.postMessage(request);
  };
  // The batch a worker holds that it would reach last, for the main thread to lint instead.
  const takeBack = (): number | undefined => {
    for (const list of held.values()) {
      for (let i = list.length - 1; i >= 0; i--) if (!answered[list[i]]) return list.splice(i, 1)[0];
    }
    return undefined;
  };

  let finished = false;
  const start = () => {
    const worker = new Worker(WORKER_URL, { workerData: job, execArgv: workerExecArgv() });
    held.set(worker, []);
    worker.on('message', (reply: BatchReply) => {
      const list = held.get(worker)!;
      const at = list.indexOf(reply.batch);
      if (at >= 0) list.splice(at, 1);
      if ('error' in reply) failure ??= remoteError(reply.error);
      else {
        store(reply.batch, reply.outcomes);
        send(worker);
      }
    });
    const fail = (error: Error) => (failure ??= error);
    worker.on('error', fail);
    worker.on('messageerror', fail);
    worker.on('exit', (code) => {
      if (!finished) fail(new Error(`a lint worker thread stopped unexpectedly (exit code ${code})`));
    });
    // Two batches in flight, so a worker never waits while the main thread is busy with its own.
    send(worker);
    send(worker);
    return worker;
  };

  const workers: Worker[] = [];
  try {
    for (let i = 0; i < options.workers; i++) workers.push(start());
    // The main thread lints too, a batch at a time, letting workers' replies in between.
    const context = jobContext(job, rules);
    while (done < files.length && !failure) {
      const batch = next < batches ? next++ : takeBack();
      if (batch !== undefined) store(batch, lintBatch(filesOf(batch), job.maxBytes, context));
      await nextTurn();
    }
  } finally {
    finished = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failure) throw failure;
  return outcomes;
}
