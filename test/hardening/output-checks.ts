// What makes each output format valid whatever text went into it; each check returns its problems (empty: valid).
import { schemaErrors } from '../render/lint/sarif-schema.js';
import { multitoolFindings } from '../render/lint/sarif-checks.js';
import { plainLines, runnerCommands } from '../render/lint/actions-runner.js';
import { hrefs, lintMarkdown, renderGfm, tagNames } from '../render/report/markdown-tools.js';

// Control characters but tab and line feed, bidi overrides and isolates, and Unicode line separators.
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
// The colour codes chalk writes: SGR sequences only.
const SGR = /\u001b\[[0-9;]*m/g;

/** Workflow commands a CI runner would act on in text printed to a job's log (none, for anything but `--format github`). */
export function forgedCommands(text: string): string[] {
  return runnerCommands(text).map((command) => `::${command.name}:: ${JSON.stringify(command.data.slice(0, 80))}`);
}

/** Terminal text: nothing that moves the cursor, rings, retitles or reorders (colour codes aside). */
export function terminalProblems(text: string): string[] {
  const problems: string[] = [];
  text
    .replace(SGR, '')
    .split('\n')
    .forEach((line, i) => {
      const bad = UNSAFE_FOR_TERMINAL.exec(line);
      if (bad) problems.push(`line ${i + 1}: U+${bad[0].codePointAt(0)!.toString(16).padStart(4, '0')} in ${JSON.stringify(line.slice(0, 120))}`);
    });
  return problems;
}

/** `lint --format json`: parses, has the contract's shape, and its summary counts its diagnostics. */
export function lintJsonProblems(text: string): string[] {
  let log: { schemaVersion?: unknown; summary?: { files?: number; errors?: number; warnings?: number }; diagnostics?: Record<string, unknown>[] };
  try {
    log = JSON.parse(text);
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  const problems: string[] = [];
  if (log.schemaVersion !== 1) problems.push('schemaVersion is not 1');
  const diagnostics = log.diagnostics ?? [];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  if (log.summary?.errors !== errors || log.summary?.warnings !== diagnostics.length - errors) problems.push('summary does not count the diagnostics');
  for (const d of diagnostics) {
    const positive = ['line', 'column', 'endLine', 'endColumn'].every((key) => Number.isInteger(d[key]) && (d[key] as number) >= 1);
    if (!positive || typeof d.file !== 'string' || typeof d.rule !== 'string' || typeof d.message !== 'string') {
      problems.push(`malformed diagnostic ${JSON.stringify(d)}`);
    }
  }
  return problems;
}

/** `lint --format sarif`: JSON that the official schema and the multitool's rules accept. */
export function sarifProblems(text: string): string[] {
  let log: unknown;
  try {
    log = JSON.parse(text);
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  return [...schemaErrors(log), ...multitoolFindings(log)];
}

/**
 * `lint --format github`: every line is one `error` or `warning` command with only the annotation
 * properties, and there are exactly `expected` of them (no command forged from a file's text).
 */
export function githubProblems(text: string, expected: number): string[] {
  const problems = plainLines(text).map((line) => `not a command: ${JSON.stringify(line.slice(0, 120))}`);
  const commands = runnerCommands(text);
  if (commands.length !== expected) problems.push(`${commands.length} commands for ${expected} diagnostics`);
  const allowed = new Set(['file', 'line', 'col', 'endLine', 'endColumn', 'title']);
  for (const command of commands) {
    if (command.name !== 'error' && command.name !== 'warning') problems.push(`a ${command.name} command`);
    const extra = Object.keys(command.properties).filter((key) => !allowed.has(key));
    if (extra.length > 0) problems.push(`unexpected properties ${extra.join(', ')}`);
  }
  return problems;
}

/** `check --format json` and `report --format json`: the contract's versioned JSON. */
export function checkJsonProblems(text: string): string[] {
  try {
    const result = JSON.parse(text) as { schemaVersion?: unknown; events?: unknown; standing?: unknown };
    const problems: string[] = [];
    if (result.schemaVersion !== 1) problems.push('schemaVersion is not 1');
    if (!Array.isArray(result.events) || !Array.isArray(result.standing)) problems.push('events or standing is not a list');
    return problems;
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
}

// Every element the report itself writes; anything else in the rendered HTML was injected.
const REPORT_TAGS = new Set(['h1', 'h2', 'h3', 'p', 'ul', 'li', 'a', 'strong', 'em', 'code', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'details', 'summary', 'br']);

/** The markdown report: markdownlint-clean, and rendering only the report's own elements and links. */
export function markdownProblems(text: string): string[] {
  const html = renderGfm(text);
  const injected = [...tagNames(html)].filter((tag) => !REPORT_TAGS.has(tag)).map((tag) => `injected <${tag}>`);
  const links = hrefs(html)
    .filter((href) => !/^(https?:\/\/|#)/.test(href))
    .map((href) => `link to ${href}`);
  return [...lintMarkdown(text), ...injected, ...links];
}
