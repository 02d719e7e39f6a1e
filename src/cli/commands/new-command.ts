import type { Io } from '../io.js';

/** Runs `claimcheck new`. */
export async function newCommand(_target: unknown, _options: Record<string, unknown>, io: Io): Promise<number> {
  io.stderr.write('claimcheck new: not available yet\n');
  return 2;
}
