import { oneLine, sanitiseForTerminal } from '../render/escape/terminal.js';

// Where users are asked to report a bug (the package names no issue tracker).
const REPORT_TO = 'to the maintainers';

/** What went wrong, on one line: `TypeError: x is not a function`. */
function headline(error: unknown): string {
  if (!(error instanceof Error)) return oneLine(String(error));
  const text = oneLine(error.message).replace(/\.$/, '');
  if (text === '') return oneLine(error.name || 'Error');
  return error.name && error.name !== 'Error' ? `${oneLine(error.name)}: ${text}` : text;
}

/**
 * The stderr text for an unexpected exception: one line that names it and says how to report it,
 * then, with `--debug`, its stack trace (made safe for a terminal).
 */
export function internalErrorMessage(error: unknown, debug: boolean): string {
  const line =
    `claimcheck: internal error: ${headline(error)}. This is a bug in claimcheck; run again with --debug for the stack trace ` +
    `and report it ${REPORT_TO} with the input that caused it.\n`;
  if (!debug) return line;
  const stack = error instanceof Error && error.stack ? error.stack : String(error);
  return `${line}${sanitiseForTerminal(stack).replace(/\n?$/, '\n')}`;
}
