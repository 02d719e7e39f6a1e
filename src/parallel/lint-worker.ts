// A worker thread of `lintInParallel`: reads and lints the batches of files it is sent, with the
// default rules, and answers each with the outcomes (or the error that stopped it).
import { parentPort, workerData } from 'node:worker_threads';
import { rules } from '../validate/rules/index.js';
import { jobContext, lintBatch, type LintJob } from './lint-batch.js';
import type { BatchReply, BatchRequest } from './worker-pool.js';

const job = workerData as LintJob;
const context = jobContext(job, rules);
const port = parentPort!;

port.on('message', ({ batch, files }: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = { batch, outcomes: lintBatch(files, job.maxBytes, context) };
  } catch (error) {
    reply = { batch, error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } };
  }
  port.postMessage(reply);
});
