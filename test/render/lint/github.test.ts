import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { github } from '../../../src/render/lint/github.js';
import { sanitiseForTerminal } from '../../../src/render/escape/terminal.js';
import { compareDiagnostics, type Diagnostic } from '../../../src/model/diagnostic.js';
import { diag, HOSTILE_FILES, HOSTILE_MESSAGES, MIXED, options } from './sample-results.js';
import { plainLines, runnerCommands } from './actions-runner.js';

describe('github', () => {
  it('writes one workflow command per diagnostic, with its place and rule as the title', () => {
    expect(github(MIXED, options())).toBe(
      [
        '::error file=data/a.yaml,line=3,col=5,endLine=3,endColumn=12,title=schema/required::claims[0] is missing required field "about"',
        '::warning file=data/a.yaml,line=12,col=11,endLine=12,endColumn=30,title=quote/missing::claim "x" has no quote',
        '::error file=data/b.yaml,line=7,col=3,endLine=7,endColumn=9,title=ref/unknown-event::event "clash" is not defined in this file',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing at all for a clean corpus', () => {
    expect(github({ files: ['a.yaml'], diagnostics: [] }, options())).toBe('');
  });

  it('cannot be made to issue a second command by what a message or path contains', () => {
    const diagnostics: Diagnostic[] = HOSTILE_MESSAGES.flatMap((message, i) =>
      HOSTILE_FILES.map((file, j) => diag({ file, line: i + 1, column: j + 1, message, severity: j % 2 ? 'warning' : 'error' })),
    );
    const output = github({ files: HOSTILE_FILES, diagnostics }, options());
    const commands = runnerCommands(output);
    expect(commands).toHaveLength(diagnostics.length);
    expect(plainLines(output)).toEqual([]);
    const expected = [...diagnostics].sort(compareDiagnostics);
    commands.forEach((command, i) => {
      expect(command.name).toBe(expected[i].severity);
      expect(command.properties.file).toBe(expected[i].file);
      expect(command.properties.line).toBe(String(expected[i].line));
      expect(command.properties.col).toBe(String(expected[i].column));
      expect(command.data).toBe(sanitiseForTerminal(expected[i].message));
    });
  });

  it('shows control characters in messages instead of passing them to the log viewer', () => {
    const output = github({ files: ['a.yaml'], diagnostics: [diag({ file: 'a.yaml', line: 1, column: 1, message: 'x\u001b[31my' })] }, options());
    expect(output).not.toContain('\u001b');
    expect(runnerCommands(output)[0].data).toBe('x\\x1b[31my');
  });

  it('keeps every message and path intact through the runner, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string(), (file, message) => {
        const output = github({ files: [file], diagnostics: [diag({ file, line: 2, column: 3, message })] }, options());
        const commands = runnerCommands(output);
        expect(commands).toHaveLength(1);
        expect(commands[0].properties.file).toBe(file);
        expect(commands[0].data).toBe(sanitiseForTerminal(message));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same bytes for the same input', () => {
    expect(github(MIXED, options())).toBe(github(structuredClone(MIXED), options()));
  });
});
