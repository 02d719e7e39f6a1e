import type { ErrorCode } from 'yaml';

const MAX_EXCERPT = 40;

/** The source text an error points at, on one line and shortened, for "found …". */
export function excerptAt(text: string, start: number, end: number): string {
  const line = text.slice(start, Math.max(end, start + 1)).split(/\r?\n/)[0] ?? '';
  return line.length > MAX_EXCERPT ? `${line.slice(0, MAX_EXCERPT)}…` : line;
}

/** The rest of a plain value's line from `start`, without a trailing comment: `@sana` of `by: @sana # x`. */
export function plainValueAt(text: string, start: number): string {
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(start, lineEnd === -1 ? text.length : lineEnd);
  // A comment starts at a `#` after white space; found in one pass (`/\s+#.*$/` backtracks on long runs of spaces).
  const comment = line.search(/\s#/);
  return excerptAt((comment === -1 ? line : line.slice(0, comment)).trimEnd(), 0, line.length);
}

/** What to tell a researcher for each parser error code: the problem and how to fix it. */
const HINTS: Partial<Record<ErrorCode, (found: string, original: string) => string>> = {
  MULTIPLE_DOCS: () =>
    'a second YAML document starts here (after a "---" line); a file holds exactly one document. ' +
    'Move the second one to its own file, or remove the "---" line',
  TAB_AS_INDENT: () => 'a tab is used for indentation; YAML indents with spaces only. Replace the tab with spaces',
  BLOCK_AS_IMPLICIT_KEY: () =>
    'a nested mapping cannot start here: either a value contains ": " (a colon and a space), or this line is ' +
    'indented more than it should be. Quote a value with a colon, e.g. quote: "he said: no", or fix the indentation',
  MULTILINE_IMPLICIT_KEY: () =>
    'a key must fit on one line, but this one runs over several; check the indentation of these lines, ' +
    'or put a value that contains ": " in quotes',
  BAD_SCALAR_START: (found) =>
    `a plain value cannot start with "${found.charAt(0)}", which YAML reserves; put the whole value in quotes, ` +
    `e.g. "${found.replace(/"/g, '\\"')}"`,
  UNEXPECTED_TOKEN: (found, original) =>
    `unexpected "${found}" (${lowerFirst(original)}); a value that starts with a quote must end at its ` +
    `closing quote. Quote the whole value, e.g. says: '"civilian" fighter'`,
  MISSING_CHAR: (found, original) => `${lowerFirst(original)}; found "${found}"`,
  BAD_INDENT: (found, original) => `wrong indentation: ${lowerFirst(original)}; found "${found}"`,
  KEY_OVER_1024_CHARS: () =>
    'a line is read as a key longer than 1024 characters; is the ":" after a key missing, or is a long value unquoted?',
  TAG_RESOLVE_FAILED: (found) => `unknown YAML tag "${found}"; claim files need no tags. Remove it`,
  RESOURCE_EXHAUSTION: () => 'the document is too large or too deeply nested to read safely',
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * A message for a parser error that says what is wrong and how to fix it, for someone who does not
 * know YAML's grammar. `original` is the parser's own message, `found` the source text it points at.
 */
export function describeYamlError(code: ErrorCode, original: string, found: string): string {
  const hint = HINTS[code];
  if (hint) return hint(found, original);
  return `YAML syntax error: ${lowerFirst(original)}; found "${found}"`;
}
