import type { Io } from '../io.js';

/** Runs `claimcheck check`. */
export async function checkCommand(_target: unknown, _options: Record<string, unknown>, io: Io): Promise<number> {
  io.stderr.write('claimcheck check: not available yet\n');
  return 2;
}
