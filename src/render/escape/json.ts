// GitHub's runner reads `##[name]` anywhere in a log line as a workflow command, JSON printed to a job's log included.
const OLD_COMMAND = /##\[/g;

/**
 * `value` as two-space-indented JSON with a final newline, safe to print into a CI log: a `[`
 * after `##` (only ever inside a string) is written as the escape `\u005b`, which every JSON
 * reader reads back as the same `[`.
 */
export function stringifyForLog(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(OLD_COMMAND, '##\\u005b')}\n`;
}
