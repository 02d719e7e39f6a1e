import { parseArgs } from 'node:util';

/** What `npm run bench` measures. */
export interface BenchOptions {
  /** Corpus sizes, in claims. */
  sizes: number[];
  /** Worst-case corpus sizes (every event in one place on one day), in claims. */
  worst: number[];
  /** Timed runs of each command per corpus; the table shows medians. */
  runs: number;
  /** Runs of each start-up case. */
  startupRuns: number;
  /** A command running longer than this is stopped and shown as such (milliseconds). */
  timeoutMs: number;
  /** Where corpora are written; default: a new temporary directory, removed at the end. */
  dir?: string;
  /** Keep the corpora. */
  keep: boolean;
}

export const USAGE = `usage: npm run bench -- [--sizes 1000,10000,100000] [--worst 1000,10000] [--runs 3]
                       [--startup-runs 20] [--timeout 600] [--dir DIR] [--keep]`;

function numbers(option: string, text: string, allowEmpty: boolean): number[] {
  const list = text === '' || text === 'none' ? [] : text.split(',').map((part) => Number(part.trim()));
  if ((!allowEmpty && list.length === 0) || list.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`--${option} takes whole numbers of claims separated by commas, for example --${option} 1000,10000; got "${text}"`);
  }
  return list;
}

function positive(option: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${option} takes a whole number of 1 or more, for example --${option} 3; got "${text}"`);
  return value;
}

/** Parses the bench's arguments; throws an `Error` whose message says what is wrong and how to write it. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      worst: { type: 'string', default: '1000,10000' },
      runs: { type: 'string', default: '3' },
      'startup-runs': { type: 'string', default: '20' },
      timeout: { type: 'string', default: '600' },
      dir: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
    strict: true,
  });
  return {
    sizes: numbers('sizes', values.sizes, false),
    worst: numbers('worst', values.worst, true),
    runs: positive('runs', values.runs),
    startupRuns: positive('startup-runs', values['startup-runs']),
    timeoutMs: positive('timeout', values.timeout) * 1000,
    dir: values.dir,
    keep: values.keep,
  };
}
