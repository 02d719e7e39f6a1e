import type { CheckResult } from '../../check/result.js';

/** Decided once at the edge and passed in: a formatter never reads `process`. */
export interface CheckFormatOptions {
  colour: boolean;
  /** Show corroborated and single-source topics in full, not one line each. */
  all: boolean;
  /** Show why reports were grouped and which pairs almost were. */
  explain: boolean;
}

/** Turns a (filtered) cross-check into the text of one output format. */
export type CheckFormatter = (result: CheckResult, options: CheckFormatOptions) => string;
