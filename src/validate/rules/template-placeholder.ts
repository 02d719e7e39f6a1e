import type { DocPath, FileRule } from '../rule.js';

// The marker `claimcheck new` puts in every value the researcher has to fill in.
const PLACEHOLDER = /^\s*TODO\b/;

/** Every text value of the file with its path, depth first in document order. */
function* textValues(value: unknown, path: (string | number)[]): Generator<[DocPath, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* textValues(item, [...path, i]);
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* textValues(item, [...path, key]);
  }
}

/** `template/placeholder`: a value still holds the template's `TODO`, so the file is not a record of an article yet. */
export const templatePlaceholder: FileRule = {
  id: 'template/placeholder',
  severity: 'error',
  description: 'No value may still hold a `TODO` placeholder from `claimcheck new`: fill it in, or delete the line if it is optional.',
  scope: 'file',
  check(context) {
    for (const [path, text] of textValues(context.data, [])) {
      if (!PLACEHOLDER.test(text)) continue;
      const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
      context.report(context.locate(path), `"${shown}" is a placeholder from the template; write the real value, or delete the line if the field is optional.`);
    }
  },
};
