import type { ClaimFile } from '../model/claim-file.js';
import type { CorpusConfig } from '../config/config.js';
import type { CheckResult } from './result.js';

/** How the cross-check runs. */
export interface CrossCheckOptions {
  /** Days two reports of one event may differ by and still be grouped (default 1). */
  dateToleranceDays: number;
  /** Record why groups were joined and which pairs almost were (`--explain`). */
  explain: boolean;
}

export const DEFAULT_CROSS_CHECK_OPTIONS: CrossCheckOptions = { dateToleranceDays: 1, explain: false };

/**
 * The cross-check (contract §2): normalise → group events → group topics → form positions → rate topics.
 * Pure: takes validated claim files (sorted by path) and returns the §3.1 result, deterministically ordered.
 */
export function crossCheck(
  _files: readonly ClaimFile[],
  _config: CorpusConfig,
  _options: CrossCheckOptions = DEFAULT_CROSS_CHECK_OPTIONS,
): CheckResult {
  throw new Error('crossCheck: not implemented yet');
}
