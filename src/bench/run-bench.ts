import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../cli/io.js';
import { parseBenchOptions, USAGE, type BenchOptions } from './bench-options.js';
import { corpusCommands, startupCases } from './commands.js';
import { writeBenchCorpus, type BenchCorpus } from './corpora.js';
import { BenchTimeout, measure, medianOf, type Measurement } from './measure.js';
import { timeStartup } from './startup.js';
import { formatTable, type BenchRow } from './table.js';

function machine(): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = Math.round(totalmem() / 2 ** 30);
  return `${availableParallelism()} cores (${model}), ${memory} GB RAM, Node.js ${process.version} on ${process.platform}`;
}

const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');

/** Times every command on one corpus, runs interleaved; one row per command, the floor first. */
async function measureCorpus(corpus: BenchCorpus, options: BenchOptions, runs: number, io: Io): Promise<BenchRow[]> {
  const commands = corpusCommands(corpus.dir);
  const measured = new Map<string, Measurement[]>(commands.map((c) => [c.name, []]));
  // Commands that ran too long or failed, with the note the table shows instead of figures.
  const stopped = new Map<string, string>();
  for (let run = 1; run <= runs; run++) {
    for (const command of commands) {
      if (stopped.has(command.name)) continue;
      io.stderr.write(`bench: ${corpus.label}: ${command.name}, run ${run} of ${runs}\n`);
      try {
        measured.get(command.name)!.push(await measure(command, options.timeoutMs));
      } catch (error) {
        io.stderr.write(`${(error as Error).message}\n`);
        stopped.set(command.name, error instanceof BenchTimeout ? `> ${options.timeoutMs / 1000} s` : 'failed');
      }
    }
  }
  const floor = measured.get('floor')!;
  const floorWall = floor.length > 0 && !stopped.has('floor') ? medianOf(floor).wallMs : undefined;
  return commands.map(({ name }) => {
    const row: BenchRow = { group: corpus.label, files: corpus.files, claims: corpus.claims, command: name };
    const note = stopped.get(name);
    if (note) return { ...row, note };
    const median = medianOf(measured.get(name)!);
    return { ...row, ...median, ratio: floorWall === undefined ? undefined : median.wallMs / floorWall };
  });
}

/** Adds to each row of a size its wall time over the same command's at the size before it. */
function withGrowth(rows: BenchRow[], sizes: readonly string[]): BenchRow[] {
  return rows.map((row) => {
    const at = sizes.indexOf(row.group);
    if (at < 1 || row.wallMs === undefined) return row;
    const before = rows.find((r) => r.group === sizes[at - 1] && r.command === row.command);
    return before?.wallMs === undefined ? row : { ...row, growth: row.wallMs / before.wallMs };
  });
}

function startupRows(runs: number, io: Io): BenchRow[] {
  const cases = startupCases();
  try {
    const times = timeStartup(cases, runs);
    return cases.map((c, i) => ({ group: 'start-up', command: c.command, wallMs: times[i], ratio: times[i] / times[0] }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return cases.map((c) => ({ group: 'start-up', command: c.command, note: 'failed' }));
  }
}

/** Runs the whole benchmark and prints its table; false when a command failed (its row says so). */
async function bench(options: BenchOptions, base: string, io: Io): Promise<boolean> {
  const started = new Date().toISOString().slice(0, 10);
  const loadBefore = load();
  const rows: BenchRow[] = [];
  const plan = [...options.sizes.map((claims) => ({ claims, worst: false })), ...options.worst.map((claims) => ({ claims, worst: true }))];
  for (const { claims, worst } of plan) {
    const dir = join(base, `${worst ? 'worst-' : ''}${claims}`);
    io.stderr.write(`bench: generating ${worst ? 'the worst case of ' : ''}about ${claims} claims in ${dir}\n`);
    const corpus = await writeBenchCorpus(dir, claims, { worst });
    // The worst case is measured once: it is there to show how the cross-check degrades, not to the millisecond.
    rows.push(...(await measureCorpus(corpus, options, worst ? 1 : options.runs, io)));
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
  io.stderr.write(`bench: start-up, ${options.startupRuns} runs of each case\n`);
  rows.push(...startupRows(options.startupRuns, io));
  const sizes = [...new Set(rows.filter((r) => !r.group.startsWith('worst') && r.group !== 'start-up').map((r) => r.group))];
  io.stdout.write(
    [
      `claimcheck benchmark, ${started}: ${machine()}`,
      `load average (1, 5, 15 min) before: ${loadBefore}; after: ${load()}`,
      `median of ${options.runs} runs (the worst case: 1 run); wall = spawn to exit, start-up included; cpu = user + system, all threads; peak = max RSS`,
      'ratio = wall over the floor (list, read and YAML.parse every file on one thread); for start-up, over bare node -e 0',
      'growth = wall over the same command on the size before',
      '',
      formatTable(withGrowth(rows, sizes)),
    ].join('\n'),
  );
  return rows.every((row) => row.note !== 'failed');
}

/**
 * `npm run bench`: builds corpora with the project's generator, times `check`, `lint`, ajv-cli and
 * the bare parse floor on each (wall time, CPU time, peak memory), then start-up, and prints one table.
 * Returns the exit code: 0 done, 2 bad arguments or a command that failed.
 */
export async function runBench(argv: readonly string[], io: Io): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchOptions(argv);
  } catch (error) {
    io.stderr.write(`bench: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const base = options.dir ?? mkdtempSync(join(tmpdir(), 'claimcheck-bench-'));
  mkdirSync(base, { recursive: true });
  try {
    return (await bench(options, base, io)) ? 0 : 2;
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n`);
    return 2;
  } finally {
    if (!options.keep && options.dir === undefined) rmSync(base, { recursive: true, force: true });
  }
}
