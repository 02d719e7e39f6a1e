import { join } from 'node:path';
import { crossCheck, DEFAULT_CROSS_CHECK_OPTIONS } from '../check/cross-check.js';
import type { ClaimFile } from '../model/claim-file.js';
import type { CorpusConfig } from '../config/config.js';
import type { CheckResult } from '../check/result.js';
import { EXIT, type Io } from '../cli/io.js';
import { oneLine, sanitiseForTerminal } from '../render/escape/terminal.js';
import { generateCorpus, writeCorpus } from './generate.js';
import { scoreCheck } from './score.js';
import { diagnoseCheck } from './diagnose.js';
import { coverageWarning, renderEvalReport, type CorpusRun } from './eval-report.js';

/** The corpora evaluated by default: one to look at, and one held out that thresholds must never be tuned on. */
export const DEFAULT_CORPORA = [
  { name: 'default', seed: 1 },
  { name: 'held-out', seed: 20260611 },
] as const;

/** True events per corpus by default: a few thousand claims. */
export const DEFAULT_EVENTS = 250;

/** The cross-check being evaluated; injectable so the evaluation itself can be tested. */
export type CheckFunction = (files: readonly ClaimFile[], config: CorpusConfig) => CheckResult;

interface EvalArgs {
  seed?: number;
  events: number;
  write?: string;
  help: boolean;
}

const USAGE = `Usage: npm run eval -- [--seed N] [--events N] [--write DIR]

Generates synthetic corpora with known truth, runs the cross-check on them and prints
pairwise precision, recall and F1 for event grouping, contradictions, agreements and
date conflicts. Without --seed: the default corpus (seed 1) and the held-out corpus
(seed 20260611). Exit code 0 unless something crashed (it reports; it does not judge).

  --seed N     evaluate only the corpus of this seed (an integer)
  --events N   true events per corpus (default ${DEFAULT_EVENTS}; about 16 claims each)
  --write DIR  also write each corpus (claim files, claimcheck.yaml, truth.json) under DIR
`;

function parseArgs(argv: readonly string[]): EvalArgs | string {
  const args: EvalArgs = { events: DEFAULT_EVENTS, help: false };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    if (flag === '--help' || flag === '-h') {
      args.help = true;
      continue;
    }
    if (flag !== '--seed' && flag !== '--events' && flag !== '--write') return `unknown argument "${flag}"`;
    const value = argv[i + 1];
    i += 1;
    if (value === undefined) return `${flag} needs a value, for example ${flag} ${flag === '--write' ? '/tmp/corpus' : '7'}`;
    if (flag === '--write') args.write = value;
    else if (flag === '--seed' && /^-?\d+$/.test(value) && Math.abs(Number(value)) < 2 ** 31) args.seed = Number(value);
    else if (flag === '--events' && /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 1_000_000) args.events = Number(value);
    else return `${flag} takes a whole number${flag === '--events' ? ' from 1 to 1000000' : ''}, for example ${flag} 7; got "${value}"`;
  }
  return args;
}

async function evaluate(name: string, seed: number, events: number, check: CheckFunction, writeDir?: string): Promise<CorpusRun> {
  const started = performance.now();
  const corpus = generateCorpus({ seed, events });
  const generated = performance.now();
  const result = check(corpus.files, corpus.config);
  const checked = performance.now();
  if (writeDir !== undefined) await writeCorpus(join(writeDir, name), corpus, { truth: true });
  return {
    name,
    seed,
    events,
    files: corpus.files.length,
    claims: corpus.truth.claims.length,
    reports: corpus.truth.reports.length,
    generateMs: generated - started,
    checkMs: checked - generated,
    scores: scoreCheck(result, corpus.truth),
    diagnosis: diagnoseCheck(result, corpus.truth),
  };
}

/**
 * Runs the evaluation with command-line arguments (without `node` and the script) and returns the
 * exit code: 0 when it ran (whatever the scores), 2 on bad arguments or when anything crashed.
 */
export async function runEval(
  argv: readonly string[],
  io: Io,
  check: CheckFunction = (files, config) => crossCheck(files, config, DEFAULT_CROSS_CHECK_OPTIONS),
): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.stderr.write(`eval: ${oneLine(args)}\n${USAGE}`);
    return EXIT.failure;
  }
  if (args.help) {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  const corpora = args.seed === undefined ? DEFAULT_CORPORA : [{ name: `seed-${args.seed}`, seed: args.seed }];
  try {
    const runs: CorpusRun[] = [];
    for (const { name, seed } of corpora) runs.push(await evaluate(name, seed, args.events, check, args.write));
    io.stdout.write(renderEvalReport(runs, coverageWarning));
    return EXIT.ok;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const stack = error instanceof Error && error.stack ? `${sanitiseForTerminal(error.stack)}\n` : '';
    io.stderr.write(`eval: the evaluation crashed: ${oneLine(message)}\n${stack}`);
    return EXIT.failure;
  }
}
