// How the GitHub Actions runner reads workflow commands from a step's output, reduced to what
// tests need (actions/runner, ActionCommand.TryParseV2 and the older `##[` form it falls back to).

export interface ParsedCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
}

// .NET's Char.IsWhiteSpace set, which String.Trim uses (JavaScript's differs: it trims U+FEFF, not U+0085).
const DOTNET_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const LEADING_SPACE = new RegExp(`^${DOTNET_SPACE}+`);
const TRAILING_SPACE = new RegExp(`${DOTNET_SPACE}+$`);

/** Trims the end of a string as .NET's String.Trim does. */
export function dotnetTrimEnd(text: string): string {
  return text.replace(TRAILING_SPACE, '');
}

const COMMANDS = new Set(['error', 'warning', 'notice', 'debug', 'group', 'endgroup', 'add-mask', 'set-output', 'stop-commands']);

function unescape(text: string, tokens: readonly [string, string][]): string {
  let out = text;
  for (const [escaped, token] of tokens) out = out.split(escaped).join(token);
  return out;
}

const DATA_ESCAPES: [string, string][] = [['%0D', '\r'], ['%0A', '\n'], ['%25', '%']];
const PROPERTY_ESCAPES: [string, string][] = [['%0D', '\r'], ['%0A', '\n'], ['%3A', ':'], ['%2C', ','], ['%25', '%']];

function parseV2(line: string): ParsedCommand | undefined {
  const message = line.replace(LEADING_SPACE, '');
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!COMMANDS.has(name.toLowerCase())) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const property of dotnetTrimEnd(info.slice(space + 1).replace(LEADING_SPACE, '')).split(',').filter(Boolean)) {
      const eq = property.indexOf('=');
      if (eq > 0 && eq < property.length - 1) properties[property.slice(0, eq)] = unescape(property.slice(eq + 1), PROPERTY_ESCAPES);
    }
  }
  return { name, properties, data: unescape(message.slice(end + 2), DATA_ESCAPES) };
}

// The legacy form is found anywhere in a line, so it matters only for lines the modern form rejects.
function parseV1(line: string): ParsedCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const close = line.indexOf(']', start);
  if (close < 0) return undefined;
  const info = line.slice(start + 3, close);
  const name = info.split(' ')[0];
  return COMMANDS.has(name.toLowerCase()) ? { name, properties: {}, data: line.slice(close + 1) } : undefined;
}

/** Every command the runner would act on in a step's output, line by line (CR, LF and CRLF end a line). */
export function runnerCommands(output: string): ParsedCommand[] {
  return output
    .split(/\r\n|\r|\n/)
    .map((line) => parseV2(line) ?? parseV1(line))
    .filter((command): command is ParsedCommand => command !== undefined);
}

/** The lines of a step's output the runner would not treat as commands. */
export function plainLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/).filter((line) => line !== '' && !parseV2(line) && !parseV1(line));
}
