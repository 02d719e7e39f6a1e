import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { RuleMeta } from '../../../src/validate/rule.js';
import type { LintFormatOptions, LintResult } from '../../../src/render/lint/formatter.js';

/** A small rule catalogue, as the SARIF formatter receives it. */
export const RULES: RuleMeta[] = [
  { id: 'yaml/DUPLICATE_KEY', severity: 'error', description: 'A key appears twice in one mapping' },
  { id: 'schema/required', severity: 'error', description: 'A required field is missing.' },
  { id: 'ref/unknown-event', severity: 'error', description: 'A claim names an event the file does not define' },
  { id: 'quote/missing', severity: 'warning', description: 'A claim has no quote' },
];

/** Builds a diagnostic with defaults for what a test does not care about. */
export function diag(partial: Partial<Diagnostic> & Pick<Diagnostic, 'file' | 'line' | 'column'>): Diagnostic {
  return {
    endLine: partial.line,
    endColumn: partial.column + 1,
    severity: 'error',
    rule: 'schema/required',
    message: 'Something is wrong.',
    ...partial,
  };
}

export function options(overrides: Partial<LintFormatOptions> = {}): LintFormatOptions {
  return { colour: false, rules: RULES, toolVersion: '0.1.0', cwd: '/work/corpus', ...overrides };
}

/** Two files with problems and one clean file: 2 errors and 1 warning. */
export const MIXED: LintResult = {
  files: ['data/a.yaml', 'data/b.yaml', 'data/clean.yaml'],
  diagnostics: [
    diag({
      file: 'data/a.yaml',
      line: 3,
      column: 5,
      endColumn: 12,
      message: 'claims[0] is missing required field "about"',
    }),
    diag({
      file: 'data/a.yaml',
      line: 12,
      column: 11,
      endColumn: 30,
      severity: 'warning',
      rule: 'quote/missing',
      message: 'claim "x" has no quote',
    }),
    diag({
      file: 'data/b.yaml',
      line: 7,
      column: 3,
      endColumn: 9,
      rule: 'ref/unknown-event',
      message: 'event "clash" is not defined in this file',
    }),
  ],
};

/** Text that tries to break out of every format at once. */
export const HOSTILE_MESSAGES = [
  'he said "no" and \'yes\'',
  'line one\nline two\r\nline three\rfour',
  '::error file=evil.yaml,line=1::forged',
  '\n::error::forged on a new line',
  '%0A::warning::pre-escaped newline %25 %3A %2C',
  'ansi \u001b[31mred\u001b[0m and bell \u0007',
  'bidi \u202eevil\u202c text',
  'Ünïcödé — “quotes” 中文 🙂',
  'ends with a question?',
  '',
];

export const HOSTILE_FILES = [
  'data/with space.yaml',
  'data/ünïcödé/файл.yaml',
  'data/a,b:c=d.yaml',
  'data/percent%20sign #hash ?query.yaml',
  'c:colon-first.yaml',
  '../outside/x.yaml',
  'data/中文 🙂.yml',
];
