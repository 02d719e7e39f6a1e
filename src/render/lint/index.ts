import type { LintFormatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** Every lint output format by name; the keys are `claimcheck lint --format` choices. */
export const lintFormatters = { stylish, json, sarif, github } as const satisfies Record<string, LintFormatter>;

/** The name of a lint output format. */
export type LintFormatName = keyof typeof lintFormatters;

/** True when `name` is a lint output format. */
export function isLintFormatName(name: string): name is LintFormatName {
  return Object.hasOwn(lintFormatters, name);
}
