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

/** `1 error`, `2 warnings`: a count with its noun, singular or plural. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
