import { Chalk, type ChalkInstance } from 'chalk';
import type { Io } from './io.js';

/** `--color` / `--no-color` as commander reports them: undefined when neither was given. */
export type ColourFlag = boolean | undefined;

/**
 * Decides once, at the edge, whether output is coloured: the flag wins, then `NO_COLOR`
 * (any non-empty value; chalk itself ignores it), then `FORCE_COLOR`, then whether stdout is a terminal.
 */
export function wantsColour(io: Io, flag: ColourFlag, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  if (flag !== undefined) return flag;
  const noColour = io.env.NO_COLOR;
  if (noColour !== undefined && noColour !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  return io[stream].isTTY === true;
}

/** A chalk instance that colours only when asked to, independent of chalk's own detection. */
export function makeChalk(colour: boolean): ChalkInstance {
  return new Chalk({ level: colour ? 1 : 0 });
}
