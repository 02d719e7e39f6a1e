import type { Io } from '../io.js';

/** Runs `claimcheck lint`. */
export async function lintCommand(_target: unknown, _options: Record<string, unknown>, io: Io): Promise<number> {
  io.stderr.write('claimcheck lint: not available yet\n');
  return 2;
}
