// C0 and C1 control characters except tab and newline, DEL, and lone escape sequences' introducers.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional overrides and isolates can make text display in a different order than it reads.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;
// A CI runner reads a job's log for workflow commands: `::name::` opening a line, and GitHub's older `##[name]` anywhere.
const COMMAND_START = /(^|\s)::/g;
const OLD_COMMAND = /##\[/g;
// Invisible, and not white space to the runner: it splits a command's marker without changing what a reader sees.
const WORD_JOINER = '\u2060';

/**
 * Makes untrusted text safe for a terminal and a CI log: control characters and bidi overrides become
 * visible `\\xNN`-style escapes, and workflow-command markers are split by an invisible word joiner.
 */
export function sanitiseForTerminal(text: string): string {
  return text
    .replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(OLD_COMMAND, `##${WORD_JOINER}[`)
    .replace(COMMAND_START, `$1:${WORD_JOINER}:`);
}

/** Like `sanitiseForTerminal`, and folds line breaks (Unicode's line and paragraph separators too) and tabs into spaces for one-line display. */
export function oneLine(text: string): string {
  return sanitiseForTerminal(text.replace(/\r\n|[\r\n\t\u2028\u2029]/g, ' '));
}
