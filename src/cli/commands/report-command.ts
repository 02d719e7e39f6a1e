import type { Io } from '../io.js';

/** Runs `claimcheck report`. */
export async function reportCommand(_target: unknown, _options: Record<string, unknown>, io: Io): Promise<number> {
  io.stderr.write('claimcheck report: not available yet\n');
  return 2;
}
