/** A stream the CLI writes to; `isTTY` decides colour and progress. */
export interface OutStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** Everything the CLI touches of its process, passed in so tests run it in-process. */
export interface Io {
  stdout: OutStream;
  stderr: OutStream;
  /** The working directory that paths are resolved against and displayed relative to. */
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Exit codes of every command (contract §3.3). */
export const EXIT = {
  /** Done; nothing at or above the failure threshold. */
  ok: 0,
  /** Done; findings at or above the threshold. */
  findings: 1,
  /** Could not do the job: bad arguments, no input, an unreadable path, an internal error. */
  failure: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A problem that stops a command with exit 2 and a one-line message (bad usage, unreadable input). */
export class UsageError extends Error {
  override name = 'UsageError';
}
