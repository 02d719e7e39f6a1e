import type { CheckFormatter } from './formatter.js';
import { formatCheckJson } from './json.js';
import { formatCheckStylish } from './stylish.js';

export type { CheckFormatOptions, CheckFormatter } from './formatter.js';

/** A `check --format` choice. */
export type CheckFormat = 'stylish' | 'json';

/** The `check --format` choices and the formatter each one selects. */
export const checkFormatters: Readonly<Record<CheckFormat, CheckFormatter>> = {
  stylish: formatCheckStylish,
  json: formatCheckJson,
};

/** True when `name` is a `check --format` choice. */
export function isCheckFormat(name: string): name is CheckFormat {
  return Object.hasOwn(checkFormatters, name);
}
