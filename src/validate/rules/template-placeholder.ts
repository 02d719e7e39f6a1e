import type { DocPath, FileRule } from '../rule.js';

// The marker `claimcheck new` puts in every value the researcher has to fill in.
const PLACEHOLDER = /^\s*TODO\b/;

/**
 * Calls `found` with every text value of the file that holds the placeholder, and its path, depth first
 * in document order. `path` is the walk's own stack: copied only for a value that is found.
 */
function findPlaceholders(value: unknown, path: (string | number)[], found: (path: DocPath, text: string) => void): void {
  if (typeof value === 'string') {
    if (PLACEHOLDER.test(value)) found([...path], value);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      findPlaceholders(value[i], path, found);
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      findPlaceholders((value as Record<string, unknown>)[key], path, found);
      path.pop();
    }
  }
}

/** `template/placeholder`: a value still holds the template's `TODO`, so the file is not a record of an article yet. */
export const templatePlaceholder: FileRule = {
  id: 'template/placeholder',
  severity: 'error',
  description: 'No value may still hold a `TODO` placeholder from `claimcheck new`: fill it in, or delete the line if it is optional.',
  scope: 'file',
  check(context) {
    findPlaceholders(context.data, [], (path, text) => {
      const shown = text.length > 60 ? `${text.slice(0, 57)}…` : text;
      context.report(context.locate(path), `"${shown}" is a placeholder from the template; write the real value, or delete the line if the field is optional.`);
    });
  },
};
