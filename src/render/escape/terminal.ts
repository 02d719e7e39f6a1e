// C0 and C1 control characters except tab and newline, DEL, and lone escape sequences' introducers.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional overrides and isolates can make text display in a different order than it reads.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** Makes untrusted text safe for a terminal: control characters and bidi overrides become visible `\\xNN`-style escapes. */
export function sanitiseForTerminal(text: string): string {
  return text
    .replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(BIDI, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Like `sanitiseForTerminal`, and folds newlines and tabs into spaces for one-line display. */
export function oneLine(text: string): string {
  return sanitiseForTerminal(text.replace(/\r\n|[\r\n\t]/g, ' '));
}
