import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A command the benchmark times: Node.js arguments (script and its arguments), run in `cwd`. */
export interface BenchCommand {
  /** Short name for the table: `floor`, `check`, `lint`, `ajv-cli`. */
  name: string;
  nodeArgs: string[];
  cwd: string;
  /** Exit codes that mean the command did its job (`check` exits 1 on lint errors, ajv-cli on invalid files). */
  okExitCodes: readonly number[];
}

/** One timed run. */
export interface Measurement {
  /** From spawning the process to its exit, start-up included. */
  wallMs: number;
  /** User and system CPU time of the process, all threads. */
  cpuMs: number;
  /** Peak resident memory of the process. */
  peakMb: number;
}

/** What the usage preload wrote. */
interface Usage {
  maxRssKb: number;
  userUs: number;
  systemUs: number;
}

const USAGE_PRELOAD = new URL('./report-usage.js', import.meta.url).href;

/** A command that ran past the time limit and was stopped. */
export class BenchTimeout extends Error {
  override name = 'BenchTimeout';
}

/** Why a command failed, with the end of what it wrote to stderr. */
function failure(command: BenchCommand, code: number | null, stderrFile: string): Error {
  const tail = readFileSync(stderrFile, 'utf8').slice(-2000);
  return new Error(`bench: ${command.name} (node ${command.nodeArgs.join(' ')}) exited with ${code}:\n${tail}`);
}

/**
 * Runs a command once in a child process, its output discarded (stderr kept in a file for a failure
 * report), and measures wall time from the parent and peak memory and CPU time from the child.
 */
export async function measure(command: BenchCommand, timeoutMs: number): Promise<Measurement> {
  const scratch = mkdtempSync(join(tmpdir(), 'claimcheck-bench-'));
  const usageFile = join(scratch, 'usage.json');
  const stderrFile = join(scratch, 'stderr.txt');
  const stderr = openSync(stderrFile, 'w');
  try {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', USAGE_PRELOAD, ...command.nodeArgs], {
      cwd: command.cwd,
      env: { ...process.env, CLAIMCHECK_BENCH_USAGE: usageFile, CI: 'true' },
      stdio: ['ignore', 'ignore', stderr],
      timeout: timeoutMs,
    });
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (exitCode) => resolve(exitCode));
    });
    const wallMs = performance.now() - started;
    if (code === null && wallMs >= timeoutMs) throw new BenchTimeout(`${command.name} ran past ${Math.round(timeoutMs / 1000)} s`);
    if (code === null || !command.okExitCodes.includes(code)) throw failure(command, code, stderrFile);
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as Usage;
    return { wallMs, cpuMs: (usage.userUs + usage.systemUs) / 1000, peakMb: usage.maxRssKb / 1024 };
  } finally {
    closeSync(stderr);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The median of each measure over several runs (each measure separately). */
export function medianOf(runs: readonly Measurement[]): Measurement {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    peakMb: median(runs.map((r) => r.peakMb)),
  };
}
