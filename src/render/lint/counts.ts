import type { Diagnostic } from '../../model/diagnostic.js';

/** How many errors and warnings a list of diagnostics holds. */
export interface SeverityCounts {
  errors: number;
  warnings: number;
}

/** Counts the errors and warnings among diagnostics. */
export function countSeverities(diagnostics: readonly Diagnostic[]): SeverityCounts {
  let errors = 0;
  for (const diagnostic of diagnostics) if (diagnostic.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
