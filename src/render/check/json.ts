import type { CheckResult } from '../../check/result.js';
import { stringifyForLog } from '../escape/json.js';

/**
 * The cross-check as contract §3.1 JSON: two-space indented, one trailing newline. Order, of arrays
 * and of keys, is the engine's (and the filter keeps it), so the same input gives the same bytes.
 */
export function formatCheckJson(result: CheckResult): string {
  return stringifyForLog(result);
}
