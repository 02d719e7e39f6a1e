import type { Io, OutStream } from '../cli/io.js';
import { erase, progressText, redraw, type ProgressStage } from './progress-line.js';

/** Reports how a long run is going; every method is safe to call whether or not a line is shown. */
export interface Progress {
  /** Files read and linted so far, of how many. */
  reading(done: number, total: number): void;
  /** The cross-check has started. */
  crossChecking(): void;
  /** Erases the line (before any other output goes to the terminal). */
  clear(): void;
}

/** When a run is large enough to deserve a progress line. */
export interface ProgressThresholds {
  /** A corpus of more files shows it from the start. */
  files: number;
  /** A run that has taken longer shows it from then on (milliseconds). */
  afterMs: number;
  /** The line is redrawn at most this often (milliseconds). */
  everyMs: number;
}

export const PROGRESS_THRESHOLDS: ProgressThresholds = { files: 500, afterMs: 1000, everyMs: 100 };

/**
 * True when a progress line may be shown: stderr is a terminal, this is not CI, and no
 * machine-readable output goes to stderr (where the line would corrupt it).
 */
export function wantsProgress(io: Io, machineReadableOnStderr = false): boolean {
  const ci = io.env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
  return io.stderr.isTTY === true && !inCi && !machineReadableOnStderr;
}

/**
 * A progress line on `stream`, shown once the run proves large (many files, or slow) and redrawn in place
 * with a carriage return; `now` is the clock in milliseconds, injected so that tests can drive it.
 */
export function lineProgress(stream: OutStream, now: () => number, thresholds: ProgressThresholds = PROGRESS_THRESHOLDS): Progress {
  const started = now();
  // Once the run has proved large, every later stage is shown too.
  let large = false;
  let onScreen = false;
  let drawnAt = -Infinity;
  const show = (state: ProgressStage, isLarge: boolean) => {
    const at = now();
    large ||= isLarge || at - started > thresholds.afterMs;
    if (!large) return;
    if (onScreen && state.stage === 'reading' && at - drawnAt < thresholds.everyMs) return;
    onScreen = true;
    drawnAt = at;
    stream.write(redraw(progressText(state)));
  };
  return {
    reading(done, total) {
      show({ stage: 'reading', done, total }, total > thresholds.files);
    },
    crossChecking() {
      show({ stage: 'cross-checking' }, false);
    },
    clear() {
      if (onScreen) stream.write(erase());
      onScreen = false;
    },
  };
}

/** The progress line of a command on stderr, or `undefined` when `wantsProgress` allows none. */
export function commandProgress(io: Io, machineReadableOnStderr = false): Progress | undefined {
  return wantsProgress(io, machineReadableOnStderr) ? lineProgress(io.stderr, () => performance.now()) : undefined;
}
